package fr.entraide.orientation.dto;

import fr.entraide.orientation.OrientationMotif;
import fr.entraide.orientation.OrientationOutcome;
import fr.entraide.orientation.OrientationStatus;
import fr.entraide.partner.PartnerType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Orientations to CAF and MSA, as staff and partners see them. */
public final class OrientationDtos {

    private OrientationDtos() {
    }

    @Schema(name = "OrientationConsent", description = "Le consentement de la personne à la transmission de ses données.")
    public record Consent(
            @Schema(description = "Doit être vrai : sans consentement, pas d'orientation") @NotNull(message = "Indiquez si la personne a consenti.") Boolean given,
            @Schema(description = "Date du consentement") @NotNull(message = "La date du consentement est obligatoire.") @PastOrPresent(message = "La date ne peut pas être future.") LocalDate on,
            @Schema(description = "ECRIT ou ORAL") @NotNull(message = "Indiquez la forme du consentement.") @Pattern(regexp = "^(ECRIT|ORAL)$", message = "ECRIT ou ORAL.") String mode) {
    }

    @Schema(name = "CreateOrientationRequest")
    public record CreateOrientation(
            @NotNull(message = "La personne est obligatoire.") UUID beneficiaryId,
            @Schema(description = "Le partenaire CAF ou MSA destinataire (voir /api/orientations/recipients)") @NotNull(message = "Le destinataire est obligatoire.") UUID partnerId,
            @NotNull(message = "Le motif est obligatoire.") OrientationMotif motif,
            @NotBlank(message = "Le message est obligatoire.") @Size(max = 4000, message = "4 000 caractères au plus.") String message,
            @Valid @NotNull(message = "Le consentement de la personne est obligatoire.") Consent consent) {
    }

    @Schema(name = "OrientationRecipient")
    public record Recipient(UUID id, String name, PartnerType type) {
    }

    @Schema(name = "OrientationView", description = "Une orientation, vue par le CCAS.")
    public record OrientationView(UUID id, String reference, UUID beneficiaryId, String personName, Recipient recipient,
            OrientationMotif motif, String message, LocalDate consentOn, String consentMode, OrientationStatus status,
            Instant sentAt, @Schema(nullable = true) Instant acknowledgedAt, @Schema(nullable = true) OrientationOutcome answerStatus,
            @Schema(nullable = true) String answerComment, @Schema(nullable = true) Instant answeredAt, int version) {
    }

    @Schema(name = "OrientationPerson", description = "L'identité minimale nécessaire au partenaire, jamais le dossier entier.")
    public record Person(String birthName, @Schema(nullable = true) String usageName, String firstNames, LocalDate birthDate,
            @Schema(nullable = true, description = "Code INSEE de la commune de résidence") String communeCode) {
    }

    @Schema(name = "PartnerOrientation", description = "Une orientation, vue par la CAF ou la MSA destinataire.")
    public record PartnerOrientation(UUID id, String reference, String organisationName, Person person, OrientationMotif motif,
            String message, LocalDate consentOn, String consentMode, OrientationStatus status, Instant sentAt,
            @Schema(nullable = true) Instant acknowledgedAt, @Schema(nullable = true) OrientationOutcome answerStatus,
            @Schema(nullable = true) String answerComment, @Schema(nullable = true) Instant answeredAt) {
    }

    @Schema(name = "OrientationAcknowledgement")
    public record Acknowledgement(
            @Schema(description = "Votre référence, facultative") @Size(max = 100, message = "100 caractères au plus.") String reference) {
    }

    @Schema(name = "OrientationAnswer")
    public record Answer(
            @NotNull(message = "Le statut de la réponse est obligatoire.") OrientationOutcome status,
            @Size(max = 4000, message = "4 000 caractères au plus.") String comment) {
    }
}
