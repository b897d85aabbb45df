package fr.entraide.aidrequest.dto;

import fr.entraide.aidrequest.workflow.RequestAction;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An action on a request, with what that action needs (see each field). */
@Schema(name = "TransitionRequest")
public record TransitionRequest(
        @NotNull(message = "L'action est obligatoire.") RequestAction action,
        @Size(max = 2000, message = "2 000 caractères au plus.") String comment,
        @Schema(description = "DEPOSER : date de dépôt ; TRANSMETTRE : date d'envoi ; ENREGISTRER_DECISION, ACCORDER, REFUSER : date de décision ; VERSER : date de paiement. Aujourd'hui par défaut.") @PastOrPresent(message = "La date ne peut pas être future.") LocalDate date,
        @Schema(description = "RENDRE_AVIS : FAVORABLE ou DEFAVORABLE") @Pattern(regexp = "^(FAVORABLE|DEFAVORABLE)$", message = "FAVORABLE ou DEFAVORABLE.") String avis,
        @Schema(description = "RENDRE_AVIS, REFUSER, ENREGISTRER_DECISION (refus) : motivation") @Size(max = 4000, message = "4 000 caractères au plus.") String motivation,
        @Schema(description = "INSTRUIRE : montant proposé (sinon celui du barème) ; ACCORDER : montant accordé ; ENREGISTRER_DECISION : montant décidé ; en centimes") @Min(value = 0, message = "Montant positif.") @Max(value = 100_000_000, message = "Montant trop élevé.") Long amountCents,
        @Schema(description = "ENREGISTRER_DECISION : ACCORDEE ou REFUSEE") @Pattern(regexp = "^(ACCORDEE|REFUSEE)$", message = "ACCORDEE ou REFUSEE.") String decision,
        @Schema(description = "ENREGISTRER_DECISION : date d'effet") LocalDate effectiveOn,
        @Schema(description = "VERSER : CHEQUE, VIREMENT, BON, CHEQUES_ACCOMPAGNEMENT, ESPECES") @Pattern(regexp = "^(CHEQUE|VIREMENT|BON|CHEQUES_ACCOMPAGNEMENT|ESPECES)$", message = "Mode de paiement inconnu.") String paymentMethod,
        @Schema(description = "VERSER : numéro de chèque, de virement ou des chèques d'accompagnement") @Size(max = 200, message = "200 caractères au plus.") String paymentReference,
        @Schema(description = "CLASSER_SANS_SUITE : RETRAIT, DECES, DEMENAGEMENT, HORS_CRITERES, DOUBLON, AUTRE") @Pattern(regexp = "^(RETRAIT|DECES|DEMENAGEMENT|HORS_CRITERES|DOUBLON|AUTRE)$", message = "Motif inconnu.") String closedReason,
        @Schema(description = "ACCORDER au-delà du budget restant : raison du dépassement (administrateur seulement)") @Size(max = 500, message = "500 caractères au plus.") String budgetOverrideReason,
        @Schema(description = "VERSER un prêt sans intérêt : nombre de mensualités de remboursement (10 par défaut)") @Min(value = 1, message = "Au moins 1.") @Max(value = 60, message = "60 au plus.") Integer installments) {
}
