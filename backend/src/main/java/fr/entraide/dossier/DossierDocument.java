package fr.entraide.dossier;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The dossier as data: what the PDF shows, section by section, in a versioned schema a
 * département can import. The same object is served by the API, stored with each version and
 * embedded in the PDF. Amounts in cents, dates ISO 8601. Changing a field's meaning or removing
 * one means a new {@link #SCHEMA_VERSION}; adding an optional field does not.
 */
@Schema(name = "DossierDocument", description = "Dossier APA ou ASH prérempli, schéma versionné « entraide.dossier/1 » : le même "
        + "contenu que le PDF (qui l'embarque en pièce jointe dossier.json). Montants en centimes, dates ISO 8601.")
@JsonPropertyOrder(alphabetic = false)
public record DossierDocument(
        @Schema(required = true, enumeration = { SCHEMA_VERSION }, description = "Version du schéma") @JsonProperty(required = true) String schemaVersion,
        @Schema(required = true) @JsonProperty(required = true) DossierKind kind,
        @Schema(required = true, example = "cerfa n° 16301*01", description = "Formulaire dont le dossier suit la structure") @JsonProperty(required = true) String form,
        @Schema(required = true) @JsonProperty(required = true) String title,
        @Schema(required = true, description = "Numéro de version du dossier pour cette demande (1, 2…)") @JsonProperty(required = true) int version,
        @Schema(required = true, description = "Projet (filigrane PROJET) : dossier non complet, à ne pas transmettre") @JsonProperty(required = true) boolean draft,
        @Schema(required = true) @JsonProperty(required = true) Instant generatedAt,
        @Schema(description = "Agent qui a produit le dossier") String generatedBy,
        @Schema(required = true) @JsonProperty(required = true) OrganisationPart organisation,
        @Schema(required = true) @JsonProperty(required = true) RequestPart request,
        @Schema(required = true) @JsonProperty(required = true) Applicant applicant,
        @Schema(description = "Conjoint, concubin ou partenaire de PACS (membre du foyer)") Relative spouse,
        @Schema(required = true) @JsonProperty(required = true) List<Relative> household,
        @Schema(required = true) @JsonProperty(required = true) Resources resources,
        @Schema(required = true) @JsonProperty(required = true) List<PensionFund> pensionFunds,
        BenefitFund benefitFund,
        @Schema(description = "APA : questionnaire d'autonomie et orientation (département ou caisse de retraite)") Autonomy autonomy,
        Protection protection,
        @Schema(description = "Personne à contacter (visite à domicile) ou proche aidant") Contact aidant,
        Contact personneDeConfiance,
        Contact medecinTraitant,
        @Schema(description = "APA en établissement et ASH : l'établissement") Establishment establishment,
        @Schema(description = "ASH personnes âgées seulement : obligés alimentaires (code civil 205 à 207, 212)") Obliges obligesAlimentaires,
        @Schema(required = true) @JsonProperty(required = true) List<Piece> pieces,
        @Schema(required = true) @JsonProperty(required = true) Avis avis,
        @Schema(required = true, description = "Mentions : orientation, cumuls interdits, règles appliquées") @JsonProperty(required = true) List<String> notices) {

    public static final String SCHEMA_VERSION = "entraide.dossier/1";

    @Schema(name = "DossierOrganisation")
    public record OrganisationPart(
            @Schema(required = true) @JsonProperty(required = true) String name,
            @Schema(description = "Département de l'organisation", example = "38") String departement,
            @Schema(description = "Variante départementale appliquée") String variant) {
    }

    @Schema(name = "DossierRequest")
    public record RequestPart(
            @Schema(required = true) @JsonProperty(required = true) UUID id,
            @Schema(required = true, example = "2026-000042") @JsonProperty(required = true) String reference,
            @Schema(required = true) @JsonProperty(required = true) String aid,
            @Schema(description = "Date de dépôt au CCAS") LocalDate depositedOn,
            String channel,
            @Schema(description = "Date du dossier complet") LocalDate completeOn,
            @Schema(description = "Transmission au président du conseil départemental au plus tard (dépôt + 1 mois, L131-1)") LocalDate transmissionDue,
            @Schema(description = "Département payeur présumé (résidence ou domicile de secours)", example = "38") String payingDepartement,
            @Schema(description = "Année des revenus de l'avis d'imposition à joindre") Integer taxNoticeIncomeYear,
            @Schema(description = "APA : accusé de réception dû par le département") LocalDate apaAcknowledgementDue,
            @Schema(description = "APA : proposition de plan d'aide due") LocalDate apaPlanProposalDue,
            @Schema(description = "APA : décision due ; sans notification, APA réputée accordée au forfait") LocalDate apaDecisionDue,
            @Schema(description = "APA en établissement : ouverture des droits (date du dossier complet, L232-14)") LocalDate apaRightsFrom,
            @Schema(description = "ASH : date d'effet (R131-2)") LocalDate ashEffectiveOn) {
    }

    @Schema(name = "DossierApplicant")
    public record Applicant(
            @Schema(required = true) @JsonProperty(required = true) String birthName,
            String usageName,
            @Schema(required = true) @JsonProperty(required = true) List<String> firstNames,
            @Schema(enumeration = { "FEMALE", "MALE" }) String sex,
            LocalDate birthDate,
            @Schema(description = "Code COG de la commune ou code pays 99xxx") String birthPlaceCode,
            String birthPlaceLabel,
            @Schema(enumeration = { "FRENCH", "EU", "OTHER" }) String nationality,
            @Schema(description = "NIR au format d'affichage") String nir,
            ResidencePermit residencePermit,
            @Schema(description = "Situation de famille (CELIBATAIRE, MARIE, PACSE, CONCUBIN, DIVORCE, SEPARE, VEUF)") String familySituation,
            String phone,
            String email,
            Address address) {
    }

    @Schema(name = "DossierResidencePermit")
    public record ResidencePermit(String type, String number, LocalDate validUntil) {
    }

    @Schema(name = "DossierAddress")
    public record Address(String street, String complement, String postcode, String communeCode, String communeName,
            @Schema(description = "Situation de logement (PROPRIETAIRE, LOCATAIRE_PRIVE, EHPAD…)") String livingSituation) {
    }

    @Schema(name = "DossierRelative", description = "Conjoint ou membre du foyer")
    public record Relative(String relationship, String lastName, String firstName, LocalDate birthDate, boolean dependent) {
    }

    @Schema(name = "DossierResources")
    public record Resources(
            @Schema(required = true) @JsonProperty(required = true) List<ResourceLine> lines,
            @Schema(required = true, description = "Total mensuel du demandeur et du conjoint, en centimes") @JsonProperty(required = true) long monthlyTotalCents,
            @Schema(description = "ASH : somme minimale laissée au résident chaque mois (10 % des ressources, au moins 1 % de l'ASPA annuelle)") Long ashMinimumLeftMonthlyCents) {
    }

    @Schema(name = "DossierResourceLine")
    public record ResourceLine(String type, String label, long monthlyAmountCents, String owner, String payer) {
    }

    @Schema(name = "DossierPensionFund")
    public record PensionFund(@Schema(description = "PRINCIPALE ou COMPLEMENTAIRE") String kind, String name, String memberNumber) {
    }

    @Schema(name = "DossierBenefitFund")
    public record BenefitFund(@Schema(description = "CAF ou MSA") String fund, String number) {
    }

    @Schema(name = "DossierAutonomy")
    public record Autonomy(Integer girLevel, LocalDate evaluatedOn, String assessor,
            @Schema(description = "DEPARTEMENT (GIR 1 à 4 ou non évalué) ou CAISSE_RETRAITE (GIR 5 ou 6 : accompagnement à domicile de la caisse de retraite)", enumeration = { "DEPARTEMENT", "CAISSE_RETRAITE" }) String orientation) {
    }

    @Schema(name = "DossierProtection")
    public record Protection(String type, String label, String mandataireName, String mandataireContact, LocalDate startOn, LocalDate endOn) {
    }

    @Schema(name = "DossierContact")
    public record Contact(String name, String relationship, String phone, String email, String address) {
    }

    @Schema(name = "DossierEstablishment")
    public record Establishment(String name, @Schema(description = "Numéro FINESS") String finess, LocalDate entryOn,
            @Schema(description = "Habilité à l'aide sociale") Boolean habilitated, boolean extended, LocalDate emergencyAdmissionOn) {
    }

    @Schema(name = "DossierObliges")
    public record Obliges(
            @Schema(required = true, description = "Le demandeur déclare n'avoir aucun obligé alimentaire") @JsonProperty(required = true) boolean noneDeclared,
            @Schema(required = true) @JsonProperty(required = true) List<Oblige> list) {
    }

    @Schema(name = "DossierOblige")
    public record Oblige(String relationship, String lastName, String firstName, String address, String phone, String email,
            boolean exempt, String exemptionReason) {
    }

    @Schema(name = "DossierPiece")
    public record Piece(@Schema(required = true) @JsonProperty(required = true) String code,
            @Schema(required = true) @JsonProperty(required = true) String label,
            boolean required, boolean received, LocalDate receivedOn,
            @Schema(description = "Fichiers reçus pour cette pièce") int files) {
    }

    @Schema(name = "DossierAvis", description = "Avis du président du CCAS (ou de son délégataire)")
    public record Avis(@Schema(description = "FAVORABLE ou DEFAVORABLE ; absent tant que l'avis n'est pas rendu") String avis,
            String motivation, LocalDate date, String name) {
    }
}
