package fr.entraide.beneficiary.dto;

import fr.entraide.beneficiary.Vocabulary.FamilySituation;
import fr.entraide.beneficiary.Vocabulary.Nationality;
import fr.entraide.beneficiary.Vocabulary.PreferredContact;
import fr.entraide.beneficiary.Vocabulary.Sex;
import fr.entraide.beneficiary.Vocabulary.Status;
import fr.entraide.common.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's full record, as the caller's role may see it. */
@Schema(name = "Beneficiary")
public record BeneficiaryView(
        UUID id,
        Status status,
        @Schema(description = "Version, aussi renvoyée dans l'en-tête ETag ; à renvoyer dans If-Match pour modifier") int version,
        String birthName,
        String usageName,
        List<String> firstNames,
        Sex sex,
        LocalDate birthDate,
        @Schema(description = "Âge en années révolues") int age,
        Parts.BirthPlace birthPlace,
        Nationality nationality,
        Parts.ResidencePermit residencePermit,
        @Schema(description = "NIR au format d'affichage, masqué pour les agents d'accueil", example = "2 41 03 76 540 123 31") String nir,
        @Schema(description = "Vrai quand le NIR est masqué pour le rôle de l'appelant") boolean nirMasked,
        String phone,
        String email,
        PreferredContact preferredContact,
        Parts.Address address,
        @Schema(description = "Nom de la commune de résidence") String communeName,
        FamilySituation familySituation,
        List<Parts.HouseholdMember> household,
        List<Parts.Resource> resources,
        List<Parts.Charge> charges,
        @Schema(description = "Reste à vivre mensuel (ressources − charges), en centimes") long resteAVivreMonthlyCents,
        @Schema(description = "Reste à vivre par personne et par jour (sur 30 jours), en centimes") long resteAVivreDailyPerPersonCents,
        List<Parts.PensionFund> pensionFunds,
        Parts.BenefitFundMembership benefitFund,
        Parts.GirAssessment gir,
        Parts.ProtectionMeasure protection,
        Parts.ContactPerson medecinTraitant,
        Parts.ContactPerson personneDeConfiance,
        Parts.ContactPerson aidant,
        List<Parts.ObligeAlimentaire> obligesAlimentaires,
        UUID referentAgentId,
        @Schema(description = "Absent pour les agents d'accueil") String notes,
        LocalDate rgpdInformedOn,
        LocalDate lastContactOn,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Avertissements (NIR provisoire, incohérence avec le lieu de naissance…) : l'enregistrement a bien eu lieu") List<Problem.FieldError> warnings) {
}
