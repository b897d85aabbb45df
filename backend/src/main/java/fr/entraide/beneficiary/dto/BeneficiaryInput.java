package fr.entraide.beneficiary.dto;

import fr.entraide.beneficiary.Vocabulary.FamilySituation;
import fr.entraide.beneficiary.Vocabulary.Nationality;
import fr.entraide.beneficiary.Vocabulary.PreferredContact;
import fr.entraide.beneficiary.Vocabulary.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import fr.entraide.beneficiary.dto.Parts.Charge;
import fr.entraide.beneficiary.dto.Parts.HouseholdMember;
import fr.entraide.beneficiary.dto.Parts.ObligeAlimentaire;
import fr.entraide.beneficiary.dto.Parts.PensionFund;
import fr.entraide.beneficiary.dto.Parts.Resource;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an agent enters for a person, at creation and at each update (full replacement). */
@Schema(name = "BeneficiaryInput")
public record BeneficiaryInput(
        @Schema(example = "DUPONT") @NotBlank(message = "Le nom de naissance est obligatoire.") @Size(max = 100, message = "100 caractères au plus.") String birthName,
        @Schema(example = "MARTIN") @Size(max = 100, message = "100 caractères au plus.") String usageName,
        @Schema(example = "[\"Jeanne\", \"Marie\"]") @NotEmpty(message = "Au moins un prénom est obligatoire.") @Size(max = 6, message = "Six prénoms au plus.") List<@NotBlank(message = "Prénom vide.") @Size(max = 60, message = "60 caractères au plus.") String> firstNames,
        @NotNull(message = "Le sexe est obligatoire.") Sex sex,
        @Schema(example = "1941-03-14") @NotNull(message = "La date de naissance est obligatoire.") @PastOrPresent(message = "La date de naissance ne peut pas être future.") LocalDate birthDate,
        @NotNull(message = "Le lieu de naissance est obligatoire.") @Valid Parts.BirthPlace birthPlace,
        @NotNull(message = "La nationalité est obligatoire.") Nationality nationality,
        @Valid Parts.ResidencePermit residencePermit,
        @Schema(description = "Numéro de sécurité sociale (NIR), 15 caractères, espaces admis", example = "2 41 03 76 540 123 31") @Size(max = 25, message = "25 caractères au plus.") String nir,
        @Schema(example = "06 12 34 56 78") @Pattern(regexp = Parts.PHONE, message = "Numéro de téléphone invalide.") String phone,
        @Email(message = "Adresse électronique invalide.") @Size(max = 254, message = "254 caractères au plus.") String email,
        PreferredContact preferredContact,
        @Valid Parts.Address address,
        FamilySituation familySituation,
        @Size(max = 30, message = "30 membres au plus.") List<@NotNull(message = "Membre vide.") @Valid HouseholdMember> household,
        @Size(max = 50, message = "50 ressources au plus.") List<@NotNull(message = "Ressource vide.") @Valid Resource> resources,
        @Size(max = 50, message = "50 charges au plus.") List<@NotNull(message = "Charge vide.") @Valid Charge> charges,
        @Size(max = 10, message = "10 caisses au plus.") List<@NotNull(message = "Caisse vide.") @Valid PensionFund> pensionFunds,
        @Valid Parts.BenefitFundMembership benefitFund,
        @Valid Parts.GirAssessment gir,
        @Valid Parts.ProtectionMeasure protection,
        @Valid Parts.ContactPerson medecinTraitant,
        @Valid Parts.ContactPerson personneDeConfiance,
        @Valid Parts.ContactPerson aidant,
        @Size(max = 30, message = "30 obligés au plus.") List<@NotNull(message = "Obligé vide.") @Valid ObligeAlimentaire> obligesAlimentaires,
        @Schema(description = "Agent référent (de l'organisation)") UUID referentAgentId,
        @Schema(description = "Notes libres, visibles des seuls instructeurs, administrateurs et président ; jamais de donnée de santé") @Size(max = 10_000, message = "10 000 caractères au plus.") String notes,
        @Schema(description = "Date à laquelle la personne a été informée du traitement de ses données (RGPD)") @PastOrPresent(message = "Date future.") LocalDate rgpdInformedOn,
        @PastOrPresent(message = "Date future.") LocalDate lastContactOn,
        @Schema(description = "À la création seulement : raison de créer malgré un doublon signalé") @Size(max = 500, message = "500 caractères au plus.") String duplicateReason) {
}
