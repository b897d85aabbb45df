package fr.entraide.dossier;

import fr.entraide.beneficiary.nir.NirCheck;
import fr.entraide.beneficiary.nir.NirContext;
import fr.entraide.beneficiary.nir.NirIssue;
import fr.entraide.beneficiary.nir.NirResult;
import fr.entraide.dossier.DossierCheck.Field;
import fr.entraide.dossier.DossierCheck.Section;
import fr.entraide.dossier.DossierCheck.State;
import fr.entraide.dossier.DossierCheck.Target;
import fr.entraide.dossier.DossierDocument.Oblige;
import fr.entraide.dossier.DossierVariant.ExtraField;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The completeness rules of a dossier (DOMAIN.md §9 rules 7–24), with no database: they read the
 * prefilled document and say, field by field of the form, what is filled, missing or invalid and
 * where to fix it. Mandatory fields are a table ({@link #RULES}); the rules over lists (obligés
 * alimentaires, pièces) follow it.
 */
public final class DossierRules {

    /** Loi « bien vieillir » n° 2024-317: grandchildren are no longer asked from this date. */
    public static final LocalDate GRANDCHILDREN_EXEMPT_FROM = LocalDate.of(2024, 4, 10);
    /** Piece code of the protection judgment, required when a representative acts (rule 10). */
    public static final String JUDGMENT_PIECE = "JUGEMENT_PROTECTION";

    private static final Set<DossierKind> ALL = EnumSet.allOf(DossierKind.class);
    private static final Set<DossierKind> APA = EnumSet.of(DossierKind.APA_DOMICILE, DossierKind.APA_ETABLISSEMENT);
    private static final Set<DossierKind> IN_ESTABLISHMENT = EnumSet.of(DossierKind.APA_ETABLISSEMENT, DossierKind.ASH_PA,
            DossierKind.ASH_PH);
    private static final Set<DossierKind> ASH = EnumSet.of(DossierKind.ASH_PA, DossierKind.ASH_PH);
    private static final Set<String> COUPLE = Set.of("MARIE", "PACSE", "CONCUBIN");
    private static final Set<String> REPRESENTED = Set.of("TUTELLE", "HABILITATION_FAMILIALE", "HABILITATION_CONJOINT",
            "MANDAT_PROTECTION_FUTURE", "CURATELLE_RENFORCEE");
    private static final Set<String> ALLOWED_OBLIGES = Set.of("ENFANT", "GENDRE_BELLE_FILLE", "ASCENDANT", "CONJOINT");

    /** What the rules need besides the document: dates and reference-data answers. */
    public record Context(LocalDate today, LocalDate requestDate, DossierVariant variant, boolean birthPlaceKnown,
            List<String> communePostcodes) {

        /** communePostcodes: the postcodes of the address commune, or null when it is not a current commune. */
        public Context {
            variant = variant == null ? DossierVariant.NATIONAL : variant;
        }

        boolean requires(ExtraField field) {
            return variant.requiredFields().contains(field);
        }
    }

    record Facts(DossierDocument doc, Context ctx) {
    }

    /**
     * One mandatory field of a form: where it sits in the dossier, where the agent fixes it, when
     * it applies, and what makes a present value invalid.
     */
    record Rule(String section, String field, String label, Set<DossierKind> kinds, Target target, String path, String where,
            Predicate<Facts> applies, Function<Facts, Object> value, Function<Facts, String> invalid) {
    }

    static final List<Rule> RULES = List.of(
            // Rule 7: identity.
            rule("IDENTITE", "applicant.birthName", "Nom de naissance", ALL, "birthName", f -> f.doc().applicant().birthName()),
            rule("IDENTITE", "applicant.firstNames", "Prénom(s)", ALL, "firstNames", f -> f.doc().applicant().firstNames()),
            rule("IDENTITE", "applicant.sex", "Sexe", ALL, "sex", f -> f.doc().applicant().sex()),
            rule("IDENTITE", "applicant.birthDate", "Date de naissance", ALL, "birthDate", f -> f.doc().applicant().birthDate(),
                    f -> f.doc().applicant().birthDate().isAfter(f.ctx().today()) ? "La date de naissance est dans le futur." : null),
            rule("IDENTITE", "applicant.birthPlaceCode", "Lieu de naissance", ALL, "birthPlace.code",
                    f -> f.doc().applicant().birthPlaceCode(),
                    f -> f.ctx().birthPlaceKnown() ? null : "Le lieu de naissance n'est ni une commune du COG ni un pays (99xxx)."),
            rule("IDENTITE", "applicant.nationality", "Nationalité", ALL, "nationality", f -> f.doc().applicant().nationality()),
            rule("IDENTITE", "applicant.nir", "Numéro de sécurité sociale (NIR)", ALL, "nir", f -> f.doc().applicant().nir(),
                    DossierRules::nirError),
            new Rule("IDENTITE", "applicant.residencePermit", "Titre de séjour", ALL, Target.BENEFICIARY, "residencePermit",
                    "la fiche de la personne", f -> "OTHER".equals(f.doc().applicant().nationality()),
                    f -> f.doc().applicant().residencePermit(), DossierRules::permitError),
            rule("IDENTITE", "applicant.familySituation", "Situation de famille", ALL, "familySituation",
                    f -> f.doc().applicant().familySituation()),
            // Rules 11 and 18: age on the request date.
            new Rule("IDENTITE", "applicant.age", "Âge à la date de la demande", ALL, Target.BENEFICIARY, "birthDate", "la fiche de la personne",
                    f -> f.doc().applicant().birthDate() != null, f -> f.doc().applicant().birthDate(), DossierRules::ageError),
            new Rule("CONJOINT", "spouse", "Conjoint (composition du foyer)", ALL, Target.BENEFICIARY, "household",
                    "la fiche de la personne, rubrique Foyer", f -> in(COUPLE, f.doc().applicant().familySituation()),
                    f -> f.doc().spouse(), f -> null),
            // Rule 8: address.
            rule("ADRESSE", "applicant.address.street", "Adresse (voie)", ALL, "address.street",
                    f -> address(f) == null ? null : address(f).street()),
            rule("ADRESSE", "applicant.address.postcode", "Code postal", ALL, "address.postcode",
                    f -> address(f) == null ? null : address(f).postcode(), DossierRules::postcodeError),
            rule("ADRESSE", "applicant.address.communeCode", "Commune de résidence", ALL, "address.communeCode",
                    f -> address(f) == null ? null : address(f).communeCode(),
                    f -> f.ctx().communePostcodes() == null ? "La commune n'est pas une commune actuelle du COG." : null),
            rule("ADRESSE", "applicant.address.livingSituation", "Situation de logement", ALL, "address.livingSituation",
                    f -> address(f) == null ? null : address(f).livingSituation(), DossierRules::residenceModelError),
            variant("ADRESSE", "applicant.phone", "Téléphone", ExtraField.PHONE, Target.BENEFICIARY, "phone", f -> f.doc().applicant().phone()),
            variant("ADRESSE", "applicant.email", "Adresse électronique", ExtraField.EMAIL, Target.BENEFICIARY, "email",
                    f -> f.doc().applicant().email()),
            // Rule 9: the GIR, when known, is dated and its assessor named.
            new Rule("AUTONOMIE", "autonomy.evaluatedOn", "Date d'évaluation du GIR", APA, Target.BENEFICIARY, "gir.evaluatedOn",
                    "la fiche de la personne, rubrique Autonomie", f -> f.doc().autonomy() != null && f.doc().autonomy().girLevel() != null,
                    f -> f.doc().autonomy().evaluatedOn(),
                    f -> f.doc().autonomy().evaluatedOn().isAfter(f.ctx().today()) ? "L'évaluation du GIR est datée dans le futur." : null),
            new Rule("AUTONOMIE", "autonomy.assessor", "Évaluateur du GIR", APA, Target.BENEFICIARY, "gir.assessor",
                    "la fiche de la personne, rubrique Autonomie", f -> f.doc().autonomy() != null && f.doc().autonomy().girLevel() != null,
                    f -> f.doc().autonomy().assessor(), f -> null),
            // Resources.
            rule("RESSOURCES", "resources.lines", "Ressources mensuelles", ALL, "resources", f -> f.doc().resources().lines()),
            new Rule("RESSOURCES", "pensionFunds", "Caisse de retraite principale", ALL, Target.BENEFICIARY, "pensionFunds",
                    "la fiche de la personne, rubrique Caisses", f -> APA.contains(f.doc().kind()) || f.ctx().requires(ExtraField.PENSION_FUND),
                    f -> f.doc().pensionFunds().stream().filter(p -> "PRINCIPALE".equals(p.kind())).toList(), f -> null),
            variant("RESSOURCES", "benefitFund", "Numéro d'allocataire CAF ou MSA", ExtraField.BENEFIT_FUND, Target.BENEFICIARY, "benefitFund",
                    f -> f.doc().benefitFund()),
            // Rule 10: a representative is named.
            new Rule("PROTECTION", "protection.mandataireName", "Représentant légal (tuteur, curateur, personne habilitée)", ALL,
                    Target.BENEFICIARY, "protection.mandataireName", "la fiche de la personne, rubrique Protection",
                    f -> f.doc().protection() != null && in(REPRESENTED, f.doc().protection().type()),
                    f -> f.doc().protection().mandataireName(), f -> null),
            variant("PROTECTION", "medecinTraitant", "Médecin traitant", ExtraField.MEDECIN_TRAITANT, Target.BENEFICIARY, "medecinTraitant",
                    f -> f.doc().medecinTraitant()),
            variant("PROTECTION", "personneDeConfiance", "Personne de confiance", ExtraField.PERSONNE_DE_CONFIANCE, Target.BENEFICIARY,
                    "personneDeConfiance", f -> f.doc().personneDeConfiance()),
            // Rules 12 and 19: the establishment.
            new Rule("ETABLISSEMENT", "establishment.name", "Établissement d'accueil", IN_ESTABLISHMENT, Target.REQUEST,
                    "accommodation.establishment", "la demande, rubrique Établissement", f -> true,
                    f -> f.doc().establishment() == null ? null : f.doc().establishment().name(), f -> null),
            new Rule("ETABLISSEMENT", "establishment.entryOn", "Date d'entrée dans l'établissement", IN_ESTABLISHMENT, Target.REQUEST,
                    "accommodation.entryOn", "la demande, rubrique Établissement", f -> true,
                    f -> f.doc().establishment() == null ? null : f.doc().establishment().entryOn(),
                    f -> f.doc().establishment().entryOn().isAfter(f.ctx().today()) ? "La date d'entrée est dans le futur." : null),
            new Rule("ETABLISSEMENT", "establishment.habilitated", "Habilitation à l'aide sociale", ASH, Target.REQUEST,
                    "accommodation.habilitated", "la demande, rubrique Établissement", f -> true,
                    f -> f.doc().establishment() == null ? null : f.doc().establishment().habilitated(), DossierRules::habilitationError),
            new Rule("ETABLISSEMENT", "establishment.finess", "Numéro FINESS de l'établissement", IN_ESTABLISHMENT, Target.REQUEST,
                    "accommodation.finess", "la demande, rubrique Établissement", f -> f.ctx().requires(ExtraField.ESTABLISHMENT_FINESS),
                    f -> f.doc().establishment() == null ? null : f.doc().establishment().finess(), f -> null),
            // Rule 21: elderly-person ASH lists the obligés alimentaires, or declares there are none.
            new Rule("OBLIGES", "obligesAlimentaires", "Liste des obligés alimentaires (ou déclaration « aucun »)", EnumSet.of(DossierKind.ASH_PA),
                    Target.BENEFICIARY, "obligesAlimentaires", "la fiche de la personne, rubrique Obligés alimentaires (ou cochez « aucun "
                            + "obligé » sur la demande)", f -> true,
                    f -> f.doc().obligesAlimentaires() == null || !f.doc().obligesAlimentaires().noneDeclared()
                            && f.doc().obligesAlimentaires().list().isEmpty() ? null : Boolean.TRUE, f -> null),
            // Rule 22: the président's avis goes with an ASH dossier.
            new Rule("AVIS", "avis.avis", "Avis du président (favorable ou défavorable)", ASH, Target.REQUEST, "avis",
                    "la demande, action « Rendre l'avis »", f -> true, f -> f.doc().avis().avis(), f -> null),
            new Rule("AVIS", "avis.motivation", "Motivation de l'avis", ASH, Target.REQUEST, "avis", "la demande, action « Rendre l'avis »",
                    f -> true, f -> f.doc().avis().motivation(), f -> null));

    private DossierRules() {
    }

    private static Rule rule(String section, String field, String label, Set<DossierKind> kinds, String path, Function<Facts, Object> value) {
        return rule(section, field, label, kinds, path, value, f -> null);
    }

    private static Rule rule(String section, String field, String label, Set<DossierKind> kinds, String path, Function<Facts, Object> value,
            Function<Facts, String> invalid) {
        return new Rule(section, field, label, kinds, Target.BENEFICIARY, path, "la fiche de la personne", f -> true, value, invalid);
    }

    private static Rule variant(String section, String field, String label, ExtraField extra, Target target, String path,
            Function<Facts, Object> value) {
        return new Rule(section, field, label, ALL, target, path, "la fiche de la personne (exigé par le département)",
                f -> f.ctx().requires(extra), value, f -> null);
    }

    /** The report, section by section in the form's order. */
    public static DossierCheck check(DossierDocument doc, Context ctx, java.util.UUID beneficiaryId) {
        Facts facts = new Facts(doc, ctx);
        Map<String, List<Field>> bySection = new LinkedHashMap<>();
        for (String code : sectionOrder(doc.kind())) {
            bySection.put(code, new ArrayList<>());
        }
        for (Rule rule : RULES) {
            if (!rule.kinds().contains(doc.kind()) || !rule.applies().test(facts)) {
                continue;
            }
            Object value = rule.value().apply(facts);
            Field field;
            if (isBlank(value)) {
                field = new Field(rule.field(), rule.label(), State.MISSING, "« " + rule.label() + " » manquant : à compléter dans "
                        + rule.where() + ".", rule.target(), rule.path());
            } else {
                String error = rule.invalid().apply(facts);
                field = error == null ? new Field(rule.field(), rule.label(), State.FILLED, null, rule.target(), rule.path())
                        : new Field(rule.field(), rule.label(), State.INVALID, "« " + rule.label() + " » invalide : " + error
                                + " À corriger dans " + rule.where() + ".", rule.target(), rule.path());
            }
            bySection.computeIfAbsent(rule.section(), k -> new ArrayList<>()).add(field);
        }
        if (doc.kind() == DossierKind.ASH_PA && doc.obligesAlimentaires() != null) {
            bySection.get("OBLIGES").addAll(obligeFields(doc.obligesAlimentaires().list(), ctx));
        }
        List<Field> pieceFields = bySection.get("PIECES");
        for (DossierDocument.Piece piece : doc.pieces()) {
            if (piece.required()) {
                pieceFields.add(piece.received()
                        ? new Field("pieces." + piece.code(), piece.label(), State.FILLED, null, Target.PIECES, piece.code())
                        : new Field("pieces." + piece.code(), piece.label(), State.MISSING, "Pièce manquante : « " + piece.label()
                                + " » — à recevoir dans la liste des pièces de la demande.", Target.PIECES, piece.code()));
            }
        }
        List<Section> sections = bySection.entrySet().stream()
                .map(e -> new Section(e.getKey(), sectionTitle(e.getKey(), doc.kind()), List.copyOf(e.getValue()))).toList();
        int missing = count(sections, State.MISSING);
        int invalid = count(sections, State.INVALID);
        return new DossierCheck(doc.request().id(), doc.request().reference(), beneficiaryId, doc.kind(), doc.form(), doc.title(),
                missing + invalid == 0, missing, invalid, sections, doc.pieces(), doc.notices());
    }

    /** The errors[] of a 422: every missing or invalid field, named by its path in the dossier. */
    public static List<fr.entraide.common.Problem.FieldError> errors(DossierCheck check) {
        return check.sections().stream().flatMap(s -> s.fields().stream()).filter(f -> f.state() != State.FILLED)
                .map(f -> new fr.entraide.common.Problem.FieldError(f.field(), f.message())).toList();
    }

    private static List<Field> obligeFields(List<Oblige> obliges, Context ctx) {
        List<Field> fields = new ArrayList<>();
        String where = "la fiche de la personne, rubrique Obligés alimentaires";
        for (int i = 0; i < obliges.size(); i++) {
            Oblige o = obliges.get(i);
            String name = (o.lastName() + " " + (o.firstName() == null ? "" : o.firstName())).strip();
            String base = "obligesAlimentaires.list[" + i + "].";
            String path = "obligesAlimentaires[" + i + "].";
            if (!in(ALLOWED_OBLIGES, o.relationship())) {
                boolean grandchild = "PETIT_ENFANT".equals(o.relationship());
                if (!grandchild || !ctx.requestDate().isBefore(GRANDCHILDREN_EXEMPT_FROM)) {
                    fields.add(new Field(base + "relationship", "Lien de " + name, State.INVALID, "« Lien de " + name + " » invalide : "
                            + (grandchild ? "les petits-enfants ne sont plus sollicités depuis le 10 avril 2024 (loi n° 2024-317)."
                                    : "seuls les enfants, gendres et belles-filles, ascendants et le conjoint sont obligés.")
                            + " Retirez-le dans " + where + ".", Target.BENEFICIARY, path + "relationship"));
                    continue;
                }
            }
            if (isBlank(o.address())) {
                fields.add(new Field(base + "address", "Adresse de " + name, State.MISSING, "« Adresse de " + name
                        + " » manquante : à compléter dans " + where + ".", Target.BENEFICIARY, path + "address"));
            } else {
                fields.add(new Field(base + "address", "Adresse de " + name, State.FILLED, null, Target.BENEFICIARY, path + "address"));
            }
            if (o.exempt() && isBlank(o.exemptionReason())) {
                fields.add(new Field(base + "exemptionReason", "Motif de dispense de " + name, State.MISSING, "« Motif de dispense de "
                        + name + " » manquant : à compléter dans " + where + ".", Target.BENEFICIARY, path + "exemptionReason"));
            }
            if (ctx.requires(ExtraField.OBLIGE_PHONE_OR_EMAIL) && isBlank(o.phone()) && isBlank(o.email())) {
                fields.add(new Field(base + "phone", "Téléphone ou courriel de " + name, State.MISSING, "« Téléphone ou courriel de "
                        + name + " » manquant (exigé par le département) : à compléter dans " + where + ".", Target.BENEFICIARY,
                        path + "phone"));
            }
        }
        return fields;
    }

    // ---------------------------------------------------------------- validity of present values

    private static String nirError(Facts f) {
        DossierDocument.Applicant a = f.doc().applicant();
        NirContext.Sex sex = a.sex() == null ? null : "MALE".equals(a.sex()) ? NirContext.Sex.MALE : NirContext.Sex.FEMALE;
        NirResult result = NirCheck.check(a.nir(), new NirContext(sex, a.birthDate(), a.birthPlaceCode()));
        return result.errors().isEmpty() ? null : result.errors().stream().map(NirIssue::message).collect(Collectors.joining(" "));
    }

    private static String permitError(Facts f) {
        DossierDocument.ResidencePermit permit = f.doc().applicant().residencePermit();
        if (permit.validUntil() == null) {
            return "la date de fin de validité n'est pas renseignée.";
        }
        return permit.validUntil().isBefore(f.ctx().requestDate())
                ? "il n'est pas valide à la date de la demande (L111-2, R232-2)." : null;
    }

    private static String ageError(Facts f) {
        int age = Period.between(f.doc().applicant().birthDate(), f.ctx().requestDate()).getYears();
        return switch (f.doc().kind()) {
            case APA_DOMICILE, APA_ETABLISSEMENT -> age >= 60 ? null
                    : "l'APA est réservée aux personnes de 60 ans et plus (R232-1) ; la personne a " + age
                            + " ans : orientez-la vers la MDPH (prestation de compensation du handicap, PCH).";
            case ASH_PA -> age >= 65 || age >= 60 && unfitForWork(f.doc()) ? null
                    : "l'aide sociale aux personnes âgées demande 65 ans, ou 60 ans avec une inaptitude au travail reconnue (L113-1) ; "
                            + "la personne a " + age + " ans" + (age >= 60 ? " et aucune AAH ni pension d'invalidité n'est déclarée." : ".");
            case ASH_PH -> null;
        };
    }

    private static boolean unfitForWork(DossierDocument doc) {
        return doc.resources().lines().stream().anyMatch(l -> "AAH".equals(l.type()) || "PENSION_INVALIDITE".equals(l.type()));
    }

    private static String postcodeError(Facts f) {
        String postcode = address(f).postcode();
        if (!postcode.matches("[0-9]{5}")) {
            return "il compte 5 chiffres.";
        }
        List<String> known = f.ctx().communePostcodes();
        return known == null || known.isEmpty() || known.contains(postcode) ? null
                : "il ne correspond pas à la commune (" + String.join(", ", known) + ").";
    }

    private static String residenceModelError(Facts f) {
        String living = address(f).livingSituation();
        if (f.doc().kind() == DossierKind.APA_DOMICILE && ("EHPAD".equals(living) || "USLD".equals(living))) {
            return "la personne vit en " + living + " : c'est le dossier d'APA en établissement (annexe 2-3) qui s'applique, pas le "
                    + "cerfa 16301*01.";
        }
        return null;
    }

    private static String habilitationError(Facts f) {
        DossierDocument.Establishment e = f.doc().establishment();
        if (Boolean.TRUE.equals(e.habilitated())) {
            return null;
        }
        if (e.entryOn() != null && !e.entryOn().plusYears(5).isAfter(f.ctx().requestDate())) {
            return null;
        }
        return "l'établissement n'est pas habilité à l'aide sociale : l'aide n'est possible qu'après 5 ans de séjour payant (L231-5).";
    }

    private static DossierDocument.Address address(Facts f) {
        return f.doc().applicant().address();
    }

    private static boolean in(Set<String> values, String value) {
        return value != null && values.contains(value);
    }

    static boolean isBlank(Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof Collection<?> c && c.isEmpty();
    }

    private static int count(List<Section> sections, State state) {
        return (int) sections.stream().flatMap(s -> s.fields().stream()).filter(f -> f.state() == state).count();
    }

    static List<String> sectionOrder(DossierKind kind) {
        List<String> order = new ArrayList<>(List.of("IDENTITE", "CONJOINT", "ADRESSE"));
        if (kind.isApa()) {
            order.add("AUTONOMIE");
        }
        if (kind != DossierKind.APA_DOMICILE) {
            order.add("ETABLISSEMENT");
        }
        order.add("RESSOURCES");
        order.add("PROTECTION");
        if (kind == DossierKind.ASH_PA) {
            order.add("OBLIGES");
        }
        order.add("PIECES");
        order.add("AVIS");
        return order;
    }

    /** Section titles follow the form: the cerfa's parts for home APA, the annexe 2-3 headings, the usual ASH dossier. */
    public static String sectionTitle(String code, DossierKind kind) {
        boolean cerfa = kind == DossierKind.APA_DOMICILE;
        return switch (code) {
            case "IDENTITE" -> cerfa ? "Partie 1 — Identité du demandeur" : "Identité du demandeur";
            case "CONJOINT" -> cerfa ? "Partie 2 — Conjoint et composition du foyer" : "Conjoint et composition du foyer";
            case "ADRESSE" -> cerfa ? "Partie 3 — Adresse et logement" : kind == DossierKind.APA_ETABLISSEMENT ? "Adresse habituelle"
                    : "Domicile avant l'entrée en établissement";
            case "AUTONOMIE" -> cerfa ? "Partie 4 — Questionnaire d'autonomie et orientation" : "Autonomie (GIR)";
            case "ETABLISSEMENT" -> kind == DossierKind.APA_ETABLISSEMENT ? "Résidence actuelle : établissement" : "Établissement d'accueil";
            case "RESSOURCES" -> cerfa ? "Partie 5 — Ressources et caisses de retraite" : kind.isAsh() ? "Ressources et patrimoine"
                    : "Revenus, prestations et régime de retraite";
            case "PROTECTION" -> cerfa ? "Partie 6 — Protection juridique et personnes à contacter"
                    : "Mesure de protection et personnes à contacter";
            case "OBLIGES" -> "Obligés alimentaires";
            case "PIECES" -> "Pièces justificatives";
            case "AVIS" -> "Avis du président du CCAS";
            default -> code;
        };
    }
}
