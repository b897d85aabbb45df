package fr.entraide.beneficiary.dto;

import fr.entraide.beneficiary.Vocabulary.BenefitFund;
import fr.entraide.beneficiary.Vocabulary.ChargeType;
import fr.entraide.beneficiary.Vocabulary.HouseholdRelationship;
import fr.entraide.beneficiary.Vocabulary.LivingSituation;
import fr.entraide.beneficiary.Vocabulary.ObligeRelationship;
import fr.entraide.beneficiary.Vocabulary.PensionFundKind;
import fr.entraide.beneficiary.Vocabulary.ProtectionType;
import fr.entraide.beneficiary.Vocabulary.ResidencePermitType;
import fr.entraide.beneficiary.Vocabulary.ResourceOwner;
import fr.entraide.beneficiary.Vocabulary.ResourceType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts of a beneficiary record, shared by the input and the view. */
public final class Parts {

    static final String COG = "^([0-9]{5}|2[AB][0-9]{3})$";
    static final String PHONE = "^[+0-9 .()-]{6,25}$";

    private Parts() {
    }

    @Schema(name = "BirthPlace", description = "Lieu de naissance : code COG de la commune (France) ou code pays INSEE 99xxx")
    public record BirthPlace(
            @Schema(example = "76540") @NotBlank(message = "Le code du lieu de naissance est obligatoire.") @Pattern(regexp = COG, message = "Code INSEE de commune (ex. 76540, 2A004) ou de pays (ex. 99139) attendu.") String code,
            @Schema(example = "Rouen") @Size(max = 150, message = "150 caractères au plus.") String label) {
    }

    @Schema(name = "ResidencePermit", description = "Titre de séjour (ressortissants hors UE)")
    public record ResidencePermit(
            @NotNull(message = "Le type de titre est obligatoire.") ResidencePermitType type,
            @Size(max = 40, message = "40 caractères au plus.") String number,
            @Schema(description = "Date de fin de validité") LocalDate validUntil) {
    }

    @Schema(name = "Address")
    public record Address(
            @Schema(example = "12 rue des Lilas") @Size(max = 200, message = "200 caractères au plus.") String street,
            @Size(max = 200, message = "200 caractères au plus.") String complement,
            @Schema(example = "38520") @Pattern(regexp = "^[0-9]{5}$", message = "Le code postal compte 5 chiffres.") String postcode,
            @Schema(description = "Code INSEE (COG) de la commune de résidence — pas le code postal", example = "38052") @Pattern(regexp = COG, message = "Code INSEE de commune invalide.") String communeCode,
            @Schema(description = "Commune hors du territoire de l'organisation") boolean outsideTerritory,
            LivingSituation livingSituation) {
    }

    @Schema(name = "HouseholdMember", description = "Membre du foyer")
    public record HouseholdMember(
            @NotNull(message = "Le lien est obligatoire.") HouseholdRelationship relationship,
            @NotBlank(message = "Le nom est obligatoire.") @Size(max = 100, message = "100 caractères au plus.") String lastName,
            @Size(max = 100, message = "100 caractères au plus.") String firstName,
            @PastOrPresent(message = "La date de naissance ne peut pas être future.") LocalDate birthDate,
            @Schema(description = "À charge") boolean dependent) {
    }

    @Schema(name = "Resource", description = "Ressource mensuelle, en centimes")
    public record Resource(
            @NotNull(message = "Le type de ressource est obligatoire.") ResourceType type,
            @NotNull(message = "Le montant est obligatoire.") @Min(value = 0, message = "Le montant ne peut pas être négatif.") @Max(value = 100_000_000, message = "Montant trop élevé.") Long monthlyAmountCents,
            @NotNull(message = "Indiquez à qui revient la ressource.") ResourceOwner owner,
            @Size(max = 150, message = "150 caractères au plus.") String payer) {
    }

    @Schema(name = "Charge", description = "Charge mensuelle, en centimes")
    public record Charge(
            @NotNull(message = "Le type de charge est obligatoire.") ChargeType type,
            @NotNull(message = "Le montant est obligatoire.") @Min(value = 0, message = "Le montant ne peut pas être négatif.") @Max(value = 100_000_000, message = "Montant trop élevé.") Long monthlyAmountCents,
            @Size(max = 150, message = "150 caractères au plus.") String label) {
    }

    @Schema(name = "PensionFund", description = "Caisse de retraite")
    public record PensionFund(
            @NotNull(message = "Principale ou complémentaire ?") PensionFundKind kind,
            @Schema(example = "CARSAT Rhône-Alpes") @NotBlank(message = "Le nom de la caisse est obligatoire.") @Size(max = 150, message = "150 caractères au plus.") String name,
            @Size(max = 40, message = "40 caractères au plus.") String memberNumber) {
    }

    @Schema(name = "BenefitFundMembership", description = "Numéro d'allocataire CAF ou MSA")
    public record BenefitFundMembership(
            @NotNull(message = "CAF ou MSA ?") BenefitFund fund,
            @Pattern(regexp = "^[0-9A-Za-z]{1,15}$", message = "Numéro d'allocataire invalide.") String number) {
    }

    @Schema(name = "GirAssessment", description = "Évaluation de la perte d'autonomie (grille AGGIR)")
    public record GirAssessment(
            @NotNull(message = "Le GIR est obligatoire.") @Min(value = 1, message = "Le GIR va de 1 à 6.") @Max(value = 6, message = "Le GIR va de 1 à 6.") Integer level,
            @NotNull(message = "La date d'évaluation est obligatoire.") @PastOrPresent(message = "La date d'évaluation ne peut pas être future.") LocalDate evaluatedOn,
            @Schema(example = "Équipe médico-sociale du département") @NotBlank(message = "L'évaluateur est obligatoire.") @Size(max = 150, message = "150 caractères au plus.") String assessor) {
    }

    @Schema(name = "ProtectionMeasure", description = "Mesure de protection juridique")
    public record ProtectionMeasure(
            @NotNull(message = "Le type de mesure est obligatoire.") ProtectionType type,
            @Size(max = 150, message = "150 caractères au plus.") String mandataireName,
            @Size(max = 300, message = "300 caractères au plus.") String mandataireContact,
            LocalDate startOn,
            LocalDate endOn) {
    }

    @Schema(name = "ContactPerson", description = "Médecin traitant, personne de confiance ou aidant")
    public record ContactPerson(
            @NotBlank(message = "Le nom est obligatoire.") @Size(max = 150, message = "150 caractères au plus.") String name,
            @Size(max = 100, message = "100 caractères au plus.") String relationship,
            @Pattern(regexp = PHONE, message = "Numéro de téléphone invalide.") String phone,
            @Email(message = "Adresse électronique invalide.") @Size(max = 254, message = "254 caractères au plus.") String email,
            @Size(max = 300, message = "300 caractères au plus.") String address) {
    }

    @Schema(name = "ObligeAlimentaire", description = "Obligé alimentaire (utile au dossier d'aide sociale à l'hébergement)")
    public record ObligeAlimentaire(
            @NotNull(message = "Le lien est obligatoire.") ObligeRelationship relationship,
            @NotBlank(message = "Le nom est obligatoire.") @Size(max = 100, message = "100 caractères au plus.") String lastName,
            @Size(max = 100, message = "100 caractères au plus.") String firstName,
            @Size(max = 300, message = "300 caractères au plus.") String address,
            @Pattern(regexp = PHONE, message = "Numéro de téléphone invalide.") String phone,
            @Email(message = "Adresse électronique invalide.") @Size(max = 254, message = "254 caractères au plus.") String email,
            @Schema(description = "Dispensé de l'obligation alimentaire") boolean exempt,
            @Size(max = 300, message = "300 caractères au plus.") String exemptionReason) {
    }
}
