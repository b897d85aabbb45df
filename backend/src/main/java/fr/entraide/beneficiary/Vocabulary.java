package fr.entraide.beneficiary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The closed lists of the beneficiary file. Values are the French administrative terms. */
public final class Vocabulary {

    private Vocabulary() {
    }

    @Schema(name = "Sex")
    public enum Sex { FEMALE, MALE }

    @Schema(name = "Nationality", description = "FRENCH, EU (Union européenne, EEE, Suisse) ou OTHER")
    public enum Nationality { FRENCH, EU, OTHER }

    @Schema(name = "BeneficiaryStatus", description = "ACTIVE, ARCHIVED (plus de contact), ANONYMISED (passé la durée de conservation)")
    public enum Status { ACTIVE, ARCHIVED, ANONYMISED }

    @Schema(name = "ResidencePermitType")
    public enum ResidencePermitType { CARTE_RESIDENT, CARTE_SEJOUR_TEMPORAIRE, CARTE_SEJOUR_PLURIANNUELLE, RECEPISSE, APS, AUTRE }

    @Schema(name = "PreferredContact")
    public enum PreferredContact { TELEPHONE, EMAIL, COURRIER, VISITE }

    @Schema(name = "FamilySituation")
    public enum FamilySituation { CELIBATAIRE, MARIE, PACSE, CONCUBIN, DIVORCE, SEPARE, VEUF }

    @Schema(name = "LivingSituation")
    public enum LivingSituation {
        PROPRIETAIRE, LOCATAIRE_SOCIAL, LOCATAIRE_PRIVE, HEBERGE_TIERS, HEBERGE_FAMILLE, EHPAD, USLD, RESIDENCE_AUTONOMIE,
        FOYER, ACCUEIL_FAMILIAL, SANS_DOMICILE, AUTRE
    }

    @Schema(name = "HouseholdRelationship")
    public enum HouseholdRelationship { CONJOINT, ENFANT, PARENT, FRERE_SOEUR, PETIT_ENFANT, AUTRE }

    @Schema(name = "ResourceType")
    public enum ResourceType {
        RETRAITE_BASE, RETRAITE_COMPLEMENTAIRE, PENSION_REVERSION, ASPA, AAH, PENSION_INVALIDITE, SALAIRE, CHOMAGE, RSA,
        PRIME_ACTIVITE, PRESTATIONS_FAMILIALES, APL_ALS, REVENUS_LOCATIFS, REVENUS_CAPITAUX, PENSION_ALIMENTAIRE_RECUE,
        INDEMNITES_JOURNALIERES, AUTRE
    }

    @Schema(name = "ResourceOwner", description = "BENEFICIAIRE ou CONJOINT")
    public enum ResourceOwner { BENEFICIAIRE, CONJOINT }

    @Schema(name = "ChargeType")
    public enum ChargeType {
        LOYER, CHARGES_LOCATIVES, ENERGIE, EAU, ASSURANCE_HABITATION, MUTUELLE, CREDIT, IMPOTS, TRANSPORT,
        PENSION_ALIMENTAIRE_VERSEE, FRAIS_HEBERGEMENT, TELEPHONE_INTERNET, AUTRE
    }

    @Schema(name = "BenefitFund", description = "Caisse d'allocations : CAF ou MSA")
    public enum BenefitFund { CAF, MSA }

    @Schema(name = "PensionFundKind", description = "PRINCIPALE ou COMPLEMENTAIRE")
    public enum PensionFundKind { PRINCIPALE, COMPLEMENTAIRE }

    @Schema(name = "ProtectionType", description = "Mesure de protection juridique (CASF, code civil)")
    public enum ProtectionType {
        SAUVEGARDE_JUSTICE, CURATELLE_SIMPLE, CURATELLE_RENFORCEE, TUTELLE, HABILITATION_FAMILIALE, HABILITATION_CONJOINT,
        MANDAT_PROTECTION_FUTURE, MASP, MAJ
    }

    @Schema(name = "ObligeRelationship", description = "Lien de l'obligé alimentaire avec le demandeur (code civil 205 à 207, 212)")
    public enum ObligeRelationship { ENFANT, GENDRE_BELLE_FILLE, ASCENDANT, CONJOINT, PETIT_ENFANT }
}
