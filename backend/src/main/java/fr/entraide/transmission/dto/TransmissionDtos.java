package fr.entraide.transmission.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bordereaux and transmissions, for agents and for the département. */
public final class TransmissionDtos {

    private TransmissionDtos() {
    }

    @Schema(name = "TransmissionStatus", description = "PREPAREE (bordereau en préparation), ENVOYEE, RECUE (accusé de réception "
            + "du département), DECIDEE")
    public enum Status { PREPAREE, ENVOYEE, RECUE, DECIDEE }

    @Schema(name = "BordereauStatus")
    public enum BordereauStatus { BROUILLON, ENVOYE }

    @Schema(name = "BordereauCandidate", description = "Une demande prête à transmettre : avis rendu, dernière version du dossier complète.")
    public record Candidate(UUID requestId, String reference, String personName, String aidTypeLabel,
            @Schema(description = "Département destinataire (celui de la commune de la demande)") String departement,
            String avis, LocalDate avisOn, LocalDate depositedOn,
            @Schema(description = "Date limite de transmission (dépôt + 1 mois)", nullable = true) LocalDate transmissionDue,
            @Schema(nullable = true) Long daysLeft, int dossierVersion) {
    }

    @Schema(name = "CreateBordereauRequest")
    public record CreateBordereau(
            @Schema(example = "38") @NotNull(message = "Le département destinataire est obligatoire.") @Pattern(regexp = "^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$", message = "Code de département invalide (ex. 38, 2A, 974).") String departement,
            @NotEmpty(message = "Choisissez au moins une demande.") @Size(max = 200, message = "200 demandes au plus par bordereau.") List<@NotNull(message = "Identifiant manquant.") UUID> requestIds) {
    }

    @Schema(name = "BordereauLine")
    public record Line(UUID transmissionId, int position, UUID requestId, String reference, String personName,
            String aidTypeLabel, String avis, int dossierVersion, Status status, @Schema(nullable = true) Instant acknowledgedAt,
            @Schema(nullable = true) String departementReference, @Schema(nullable = true) String decision,
            @Schema(nullable = true) LocalDate decidedOn) {
    }

    @Schema(name = "BordereauView")
    public record BordereauView(UUID id, @Schema(example = "2026-0007") String number, String departement,
            BordereauStatus status, Instant createdAt, @Schema(nullable = true) LocalDate sentOn,
            @Schema(nullable = true) Instant sentAt, List<Line> lines, int version) {
    }

    @Schema(name = "BordereauSummary")
    public record BordereauSummary(UUID id, String number, String departement, BordereauStatus status, Instant createdAt,
            @Schema(nullable = true) LocalDate sentOn, long requests) {
    }

    @Schema(name = "SendBordereauRequest")
    public record SendBordereau(
            @Schema(description = "Date d'envoi, aujourd'hui par défaut") @PastOrPresent(message = "La date ne peut pas être future.") LocalDate sentOn) {
    }

    @Schema(name = "DepartementDecision", description = "La décision du département telle qu'il l'a transmise.")
    public record DecisionView(String decision, LocalDate decidedOn, @Schema(nullable = true) Long amountCents,
            @Schema(nullable = true) LocalDate effectiveOn, @Schema(nullable = true) Integer gir,
            @Schema(nullable = true) String planAide, @Schema(nullable = true) String motif, Instant recordedAt) {
    }

    @Schema(name = "TransmissionView", description = "Où en est la transmission d'une demande au département.")
    public record TransmissionView(UUID id, UUID requestId, UUID bordereauId, String bordereauNumber, String departement,
            Status status, int dossierVersion, @Schema(nullable = true) Instant sentAt, @Schema(nullable = true) Instant acknowledgedAt,
            @Schema(nullable = true) LocalDate receivedOn, @Schema(nullable = true) String departementReference,
            @Schema(nullable = true) DecisionView decision) {
    }

    // ---------------------------------------------------------------- partner side

    @Schema(name = "TransmittedPerson", description = "L'identité de la personne ; le détail est dans le dossier.")
    public record Person(String birthName, @Schema(nullable = true) String usageName, String firstNames, LocalDate birthDate,
            @Schema(nullable = true) String communeCode) {
    }

    @Schema(name = "TransmittedRequest")
    public record Request(String reference, String aidTypeCode, String aidTypeLabel,
            @Schema(nullable = true, description = "APA_DOMICILE, APA_ETABLISSEMENT, ASH_PA, ASH_PH…") String legalFamily,
            @Schema(nullable = true) LocalDate depositedOn, String avis, @Schema(nullable = true) String avisMotivation,
            @Schema(nullable = true) LocalDate avisOn) {
    }

    @Schema(name = "TransmittedDossier")
    public record Dossier(int version, @Schema(nullable = true) String schemaVersion, String pdfSha256, String jsonSha256,
            @Schema(description = "Nombre de pièces justificatives") long pieces) {
    }

    @Schema(name = "PartnerTransmission", description = "Une demande transmise au département appelant.")
    public record PartnerTransmission(UUID id, String organisationName, String bordereauNumber, Instant sentAt, Status status,
            Request request, Person person, Dossier dossier, @Schema(nullable = true) Instant acknowledgedAt,
            @Schema(nullable = true) LocalDate receivedOn, @Schema(nullable = true) String departementReference,
            @Schema(nullable = true) DecisionView decision) {
    }

    @Schema(name = "TransmissionAcknowledgement", description = "L'accusé de réception du département.")
    public record Acknowledgement(
            @Schema(description = "Date de réception du dossier") @NotNull(message = "La date de réception est obligatoire.") @PastOrPresent(message = "La date ne peut pas être future.") LocalDate receivedOn,
            @Schema(description = "Votre numéro de dossier", example = "APA-38-2026-00412") @Size(max = 100, message = "100 caractères au plus.") String reference) {
    }

    @Schema(name = "TransmissionDecision", description = "La décision du président du conseil départemental.")
    public record Decision(
            @Schema(description = "ACCORDEE ou REFUSEE") @NotNull(message = "La décision est obligatoire.") @Pattern(regexp = "^(ACCORDEE|REFUSEE)$", message = "ACCORDEE ou REFUSEE.") String decision,
            @Schema(description = "Date de la décision") @NotNull(message = "La date de décision est obligatoire.") @PastOrPresent(message = "La date ne peut pas être future.") LocalDate decidedOn,
            @Schema(description = "Montant accordé (mensuel pour l'APA), en centimes ; obligatoire si ACCORDEE") @Min(value = 0, message = "Montant positif.") @Max(value = 100_000_000, message = "Montant trop élevé.") Long amountCents,
            @Schema(description = "Date d'effet") LocalDate effectiveOn,
            @Schema(description = "GIR retenu (APA)") @Min(value = 1, message = "GIR de 1 à 6.") @Max(value = 6, message = "GIR de 1 à 6.") Integer gir,
            @Schema(description = "Plan d'aide retenu (APA à domicile)") @Size(max = 4000, message = "4 000 caractères au plus.") String planAide,
            @Schema(description = "Motif ; obligatoire pour un refus") @Size(max = 4000, message = "4 000 caractères au plus.") String motif) {
    }

    @Schema(name = "TransmittedPiece")
    public record Piece(UUID id, String pieceCode, String filename, String contentType, long sizeBytes, String sha256) {
    }
}
