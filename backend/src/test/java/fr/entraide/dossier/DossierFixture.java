package fr.entraide.dossier;

import fr.entraide.dossier.DossierDocument.Piece;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A complete dossier to break one field at a time (DOMAIN.md §9 test persons). */
final class DossierFixture {

    DossierKind kind = DossierKind.APA_DOMICILE;
    String birthName = "DUPONT";
    String usageName = "MARTIN";
    List<String> firstNames = List.of("Jeanne", "Marie");
    String sex = "FEMALE";
    LocalDate birthDate = LocalDate.of(1941, 3, 14);
    String birthPlaceCode = "76540";
    String nationality = "FRENCH";
    String nir = "2 41 03 76 540 123 31";
    DossierDocument.ResidencePermit permit;
    String familySituation = "VEUF";
    String phone = "06 12 34 56 78";
    String email;
    DossierDocument.Address address = new DossierDocument.Address("3 place de la Mairie", null, "38520", "38052", "Le Bourg-d'Oisans",
            "LOCATAIRE_PRIVE");
    DossierDocument.Relative spouse;
    List<DossierDocument.ResourceLine> resources = new ArrayList<>(List.of(
            new DossierDocument.ResourceLine("RETRAITE_BASE", "Retraite de base", 98_000, "BENEFICIAIRE", "CARSAT Rhône-Alpes")));
    List<DossierDocument.PensionFund> pensionFunds = new ArrayList<>(List.of(
            new DossierDocument.PensionFund("PRINCIPALE", "CARSAT Rhône-Alpes", "123")));
    DossierDocument.BenefitFund benefitFund;
    DossierDocument.Autonomy autonomy = new DossierDocument.Autonomy(3, LocalDate.of(2025, 1, 15), "Équipe médico-sociale", "DEPARTEMENT");
    DossierDocument.Protection protection;
    DossierDocument.Contact medecin;
    DossierDocument.Contact confiance;
    DossierDocument.Establishment establishment = new DossierDocument.Establishment("EHPAD Les Tilleuls", "380000000",
            LocalDate.of(2025, 1, 6), true, false, null);
    boolean noObliges;
    List<DossierDocument.Oblige> obliges = new ArrayList<>(List.of(
            new DossierDocument.Oblige("ENFANT", "FERREIRA", "Ana", "1 rue Haute, 38000 Grenoble", null, null, false, null)));
    List<Piece> pieces = new ArrayList<>(List.of(new Piece("IDENTITE", "Pièce d'identité", true, true, LocalDate.of(2025, 2, 3), 1),
            new Piece("RIB", "Relevé d'identité bancaire", true, true, LocalDate.of(2025, 2, 3), 1)));
    DossierDocument.Avis avis = new DossierDocument.Avis("FAVORABLE", "Personne isolée, ressources modestes.", LocalDate.of(2025, 2, 10),
            "Paul Président");
    LocalDate requestDate = LocalDate.of(2025, 2, 3);
    LocalDate today = LocalDate.of(2025, 3, 1);
    DossierVariant variant = DossierVariant.NATIONAL;
    boolean birthPlaceKnown = true;
    List<String> postcodes = List.of("38520");

    static DossierFixture of(DossierKind kind) {
        DossierFixture f = new DossierFixture();
        f.kind = kind;
        if (kind == DossierKind.APA_ETABLISSEMENT || kind.isAsh()) {
            f.address = new DossierDocument.Address("3 place de la Mairie", null, "38520", "38052", "Le Bourg-d'Oisans", "EHPAD");
        }
        if (kind == DossierKind.ASH_PH) {
            f.birthDate = LocalDate.of(1991, 5, 2);
            f.nir = null;
            f.nir = "2 91 05 38 185 004 " + String.format("%02d", fr.entraide.beneficiary.nir.Nir.key("2910538185004"));
            f.birthPlaceCode = "38185";
        }
        return f;
    }

    DossierDocument document() {
        return new DossierDocument(DossierDocument.SCHEMA_VERSION, kind, kind.form(), kind.title(), 1, false, Instant.parse("2025-03-01T10:00:00Z"),
                "Agent", new DossierDocument.OrganisationPart("CIAS de l'Oisans", "38", variant.label()),
                new DossierDocument.RequestPart(UUID.randomUUID(), "2025-000001", aid(kind), requestDate, "ACCUEIL", null, null, "38", 2023,
                        null, null, null, null, null),
                new DossierDocument.Applicant(birthName, usageName, firstNames, sex, birthDate, birthPlaceCode, "Rouen", nationality, nir,
                        permit, familySituation, phone, email, address),
                spouse, spouse == null ? List.of() : List.of(spouse), new DossierDocument.Resources(resources,
                        resources.stream().mapToLong(DossierDocument.ResourceLine::monthlyAmountCents).sum(), null),
                pensionFunds, benefitFund, kind.isApa() ? autonomy : null, protection, null, confiance, medecin,
                kind == DossierKind.APA_DOMICILE ? null : establishment,
                kind == DossierKind.ASH_PA ? new DossierDocument.Obliges(noObliges, obliges) : null, pieces, avis, List.of());
    }

    private static String aid(DossierKind kind) {
        return switch (kind) {
            case APA_DOMICILE -> "Allocation personnalisée d'autonomie à domicile (cerfa 16301*01)";
            case APA_ETABLISSEMENT -> "Allocation personnalisée d'autonomie en établissement (annexe 2-3)";
            case ASH_PA -> "Aide sociale à l'hébergement — personnes âgées";
            case ASH_PH -> "Aide sociale à l'hébergement — personnes handicapées";
        };
    }

    DossierRules.Context context() {
        return new DossierRules.Context(today, requestDate, variant, birthPlaceKnown, postcodes);
    }

    DossierCheck check() {
        return DossierRules.check(document(), context(), UUID.randomUUID());
    }
}
