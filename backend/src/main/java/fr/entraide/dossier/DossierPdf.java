package fr.entraide.dossier;

import fr.entraide.beneficiary.Labels;
import fr.entraide.common.Money;
import fr.entraide.common.pdf.PdfDocumentBuilder;
import fr.entraide.dossier.DossierDocument.Applicant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays a dossier out as its form: the form number and title, one blue band per part of the form,
 * boxed fields, the pièces checklist, the obligés alimentaires (ASH), the président's avis. The
 * JSON of the same content is attached inside the PDF as dossier.json.
 */
public final class DossierPdf {

    public static final String ATTACHMENT = "dossier.json";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    private DossierPdf() {
    }

    public static byte[] render(DossierDocument doc, byte[] json) {
        DossierKind kind = doc.kind();
        try (PdfDocumentBuilder pdf = new PdfDocumentBuilder(doc.title() + " — " + doc.request().reference(), doc.organisation().name(),
                doc.organisation().name() + " — dossier n° " + doc.request().reference() + " — version " + doc.version())) {
            if (doc.draft()) {
                pdf.watermark("PROJET");
            }
            pdf.formHeader(doc.form(), doc.title(), subtitle(doc));
            pdf.field("Transmis par", doc.organisation().name() + (doc.organisation().departement() == null ? ""
                    : " (département " + doc.organisation().departement() + ")"));
            pdf.field("Aide demandée", doc.request().aid());
            pdf.field("Date de dépôt", date(doc.request().depositedOn()));
            if (doc.request().completeOn() != null) {
                pdf.field("Dossier complet le", date(doc.request().completeOn()));
            }
            if (doc.draft()) {
                pdf.note("PROJET : ce dossier n'est pas complet et ne doit pas être transmis.");
            }

            Applicant a = doc.applicant();
            pdf.band(DossierRules.sectionTitle("IDENTITE", kind));
            pdf.field("Nom de naissance", upper(a.birthName()));
            pdf.field("Nom d'usage", upper(a.usageName()));
            pdf.field("Prénom(s)", String.join(" ", a.firstNames()));
            pdf.choices("Sexe", List.of("Féminin", "Masculin"), "FEMALE".equals(a.sex()) ? "Féminin" : "MALE".equals(a.sex()) ? "Masculin" : null);
            pdf.field("Date de naissance", date(a.birthDate()));
            pdf.field("Lieu de naissance", join(a.birthPlaceLabel(), a.birthPlaceCode() == null ? null : "(" + a.birthPlaceCode() + ")"));
            pdf.choices("Nationalité", List.of("Française", "UE, EEE, Suisse", "Autre"),
                    "FRENCH".equals(a.nationality()) ? "Française" : "EU".equals(a.nationality()) ? "UE, EEE, Suisse"
                            : "OTHER".equals(a.nationality()) ? "Autre" : null);
            if (a.residencePermit() != null) {
                pdf.field("Titre de séjour", join(label(a.residencePermit().type()), a.residencePermit().number(),
                        a.residencePermit().validUntil() == null ? null : "valable jusqu'au " + date(a.residencePermit().validUntil())));
            }
            pdf.field("N° de sécurité sociale (NIR)", a.nir());
            pdf.field("Situation de famille", label(a.familySituation()));

            pdf.band(DossierRules.sectionTitle("CONJOINT", kind));
            if (doc.spouse() == null) {
                pdf.field("Conjoint", "Sans objet");
            } else {
                pdf.field("Conjoint : nom et prénom", join(upper(doc.spouse().lastName()), doc.spouse().firstName()));
                pdf.field("Conjoint : date de naissance", date(doc.spouse().birthDate()));
            }
            List<DossierDocument.Relative> others = doc.household().stream().filter(m -> !"CONJOINT".equals(m.relationship())).toList();
            if (!others.isEmpty()) {
                pdf.table(new float[] { 3, 3, 2, 2 }, List.of("Nom et prénom", "Lien", "Date de naissance", "À charge"),
                        others.stream().map(m -> cells(join(upper(m.lastName()), m.firstName()), label(m.relationship()), date(m.birthDate()),
                                m.dependent() ? "Oui" : "Non")).toList());
            }

            pdf.band(DossierRules.sectionTitle("ADRESSE", kind));
            DossierDocument.Address address = a.address();
            pdf.field("Adresse", address == null ? null : join(address.street(), address.complement()));
            pdf.field("Code postal et commune", address == null ? null
                    : join(address.postcode(), address.communeName(), address.communeCode() == null ? null : "(INSEE " + address.communeCode() + ")"));
            pdf.field("Situation de logement", address == null ? null : label(address.livingSituation()));
            pdf.field("Téléphone", a.phone());
            pdf.field("Adresse électronique", a.email());

            if (doc.autonomy() != null) {
                pdf.band(DossierRules.sectionTitle("AUTONOMIE", kind));
                DossierDocument.Autonomy au = doc.autonomy();
                pdf.field("GIR (grille AGGIR)", au.girLevel() == null ? "Non évalué" : "GIR " + au.girLevel());
                pdf.field("Évalué le, par", au.girLevel() == null ? null : join(date(au.evaluatedOn()), au.assessor() == null ? null : "— " + au.assessor()));
                pdf.choices("Dossier adressé à", List.of("Département (APA)", "Caisse de retraite principale"),
                        "CAISSE_RETRAITE".equals(au.orientation()) ? "Caisse de retraite principale" : "Département (APA)");
            }

            if (doc.establishment() != null || kind != DossierKind.APA_DOMICILE) {
                pdf.band(DossierRules.sectionTitle("ETABLISSEMENT", kind));
                DossierDocument.Establishment e = doc.establishment();
                pdf.field("Établissement", e == null ? null : e.name());
                pdf.field("N° FINESS", e == null ? null : e.finess());
                pdf.field("Date d'entrée", e == null ? null : date(e.entryOn()));
                if (kind.isAsh()) {
                    pdf.choices("Habilité à l'aide sociale", List.of("Oui", "Non"),
                            e == null || e.habilitated() == null ? null : e.habilitated() ? "Oui" : "Non");
                    pdf.field("Date d'effet demandée", date(doc.request().ashEffectiveOn()));
                }
                if (e != null && e.emergencyAdmissionOn() != null) {
                    pdf.field("Admission d'urgence (L131-3)", date(e.emergencyAdmissionOn()));
                }
                if (doc.request().apaRightsFrom() != null) {
                    pdf.field("Ouverture des droits", date(doc.request().apaRightsFrom()));
                }
            }

            pdf.band(DossierRules.sectionTitle("RESSOURCES", kind));
            if (doc.resources().lines().isEmpty()) {
                pdf.field("Ressources", null);
            } else {
                pdf.table(new float[] { 4, 2, 3, 2 }, List.of("Ressource", "Bénéficiaire", "Versée par", "Montant mensuel"),
                        doc.resources().lines().stream().map(l -> cells(l.label(), "CONJOINT".equals(l.owner()) ? "Conjoint" : "Demandeur",
                                l.payer() == null ? "" : l.payer(), Money.euros(l.monthlyAmountCents()))).toList());
            }
            pdf.field("Total mensuel", Money.euros(doc.resources().monthlyTotalCents()));
            if (doc.resources().ashMinimumLeftMonthlyCents() != null) {
                pdf.field("Minimum laissé au résident", Money.euros(doc.resources().ashMinimumLeftMonthlyCents()) + " par mois");
            }
            for (DossierDocument.PensionFund f : doc.pensionFunds()) {
                pdf.field("Caisse de retraite " + ("PRINCIPALE".equals(f.kind()) ? "principale" : "complémentaire"),
                        join(f.name(), f.memberNumber() == null ? null : "n° " + f.memberNumber()));
            }
            if (doc.pensionFunds().isEmpty()) {
                pdf.field("Caisse de retraite principale", null);
            }
            if (doc.benefitFund() != null) {
                pdf.field("N° allocataire " + doc.benefitFund().fund(), doc.benefitFund().number());
            }
            if (doc.request().taxNoticeIncomeYear() != null) {
                pdf.field("Avis d'imposition à joindre", "Revenus " + doc.request().taxNoticeIncomeYear());
            }

            pdf.band(DossierRules.sectionTitle("PROTECTION", kind));
            DossierDocument.Protection p = doc.protection();
            pdf.field("Mesure de protection", p == null ? "Aucune" : p.label());
            if (p != null) {
                pdf.field("Représentant", join(p.mandataireName(), p.mandataireContact()));
                pdf.field("Depuis le", date(p.startOn()));
            }
            contact(pdf, "Personne à contacter / aidant", doc.aidant());
            contact(pdf, "Personne de confiance", doc.personneDeConfiance());
            contact(pdf, "Médecin traitant", doc.medecinTraitant());

            if (doc.obligesAlimentaires() != null) {
                pdf.band(DossierRules.sectionTitle("OBLIGES", kind));
                DossierDocument.Obliges o = doc.obligesAlimentaires();
                if (o.list().isEmpty()) {
                    pdf.check(o.noneDeclared(), "Le demandeur déclare n'avoir aucun obligé alimentaire.");
                } else {
                    pdf.table(new float[] { 3, 2, 4, 3, 2 }, List.of("Nom et prénom", "Lien", "Adresse", "Téléphone, courriel", "Dispense"),
                            o.list().stream().map(x -> cells(join(upper(x.lastName()), x.firstName()), label(x.relationship()),
                                    x.address() == null ? "" : x.address(), join(x.phone(), x.email()),
                                    x.exempt() ? "Oui : " + (x.exemptionReason() == null ? "" : x.exemptionReason()) : "Non")).toList());
                }
            }

            pdf.band(DossierRules.sectionTitle("PIECES", kind));
            for (DossierDocument.Piece piece : doc.pieces()) {
                pdf.check(piece.received(), piece.label() + (piece.required() ? "" : " (si concerné)")
                        + (piece.received() ? " — reçue" + (piece.receivedOn() == null ? "" : " le " + date(piece.receivedOn()))
                                + (piece.files() > 0 ? ", jointe" : "") : piece.required() ? " — manquante" : ""));
            }

            if (!doc.notices().isEmpty()) {
                pdf.band("Mentions");
                for (String notice : doc.notices()) {
                    pdf.paragraph("•  " + notice);
                }
            }

            pdf.band(DossierRules.sectionTitle("AVIS", kind));
            DossierDocument.Avis avis = doc.avis();
            pdf.choices("Avis", List.of("Favorable", "Défavorable"),
                    "FAVORABLE".equals(avis.avis()) ? "Favorable" : "DEFAVORABLE".equals(avis.avis()) ? "Défavorable" : null);
            pdf.field("Motivation", avis.motivation() == null ? "Avis non encore rendu" : avis.motivation());
            pdf.signature("Fait le " + (avis.date() == null ? "…………" : date(avis.date())),
                    "Le président du CCAS" + (avis.name() == null ? "" : " (" + avis.name() + ")"));
            pdf.note("Dossier produit par Entraide le " + STAMP.format(doc.generatedAt()) + (doc.generatedBy() == null ? ""
                    : " par " + doc.generatedBy()) + ". Les données de ce dossier figurent aussi, au format « " + doc.schemaVersion()
                    + " », dans la pièce jointe " + ATTACHMENT + " de ce PDF.");
            pdf.attach(ATTACHMENT, "Dossier " + doc.request().reference() + " version " + doc.version() + " (" + doc.schemaVersion() + ")",
                    json, "application/json");
            return pdf.toBytes();
        }
    }

    private static String subtitle(DossierDocument doc) {
        String variant = doc.organisation().variant() == null ? "" : " — " + doc.organisation().variant();
        return "Dossier n° " + doc.request().reference() + " — version " + doc.version() + (doc.draft() ? " (projet)" : "") + variant;
    }

    private static void contact(PdfDocumentBuilder pdf, String label, DossierDocument.Contact c) {
        if (c != null) {
            pdf.field(label, join(c.name(), c.relationship() == null ? null : "(" + c.relationship() + ")", c.phone(), c.email(), c.address()));
        }
    }

    private static List<String> cells(String... values) {
        List<String> cells = new ArrayList<>();
        for (String value : values) {
            cells.add(value == null ? "" : value);
        }
        return cells;
    }

    /** Names in capitals, as forms ask ("NOM en majuscules"), accents kept. */
    static String upper(String name) {
        return name == null ? null : name.toUpperCase(Locale.FRANCE);
    }

    static String label(String constant) {
        return constant == null ? null : Labels.of(constant);
    }

    static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part.strip());
            }
        }
        return kept.isEmpty() ? null : String.join(" ", kept);
    }

    public static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }
}
