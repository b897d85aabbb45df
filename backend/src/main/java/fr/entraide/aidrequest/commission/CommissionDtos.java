package fr.entraide.aidrequest.commission;

import fr.entraide.aidrequest.dto.AidRequestSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and answers of the commission API. */
public final class CommissionDtos {

    private CommissionDtos() {
    }

    @Schema(name = "CommissionSessionInput")
    public record SessionInput(
            @NotNull(message = "La date de la séance est obligatoire.") LocalDate heldOn,
            @NotBlank(message = "L'intitulé est obligatoire.") @Size(max = 200, message = "200 caractères au plus.") String title,
            @Size(max = 40, message = "40 membres au plus.") List<@NotBlank(message = "Nom vide.") @Size(max = 150, message = "150 caractères au plus.") String> members) {
    }

    @Schema(name = "CommissionSession")
    public record SessionView(UUID id, LocalDate heldOn, String title, List<String> members, List<AidRequestSummary> agenda) {
    }

    @Schema(name = "AgendaItemInput")
    public record AgendaInput(@NotNull(message = "La demande est obligatoire.") UUID requestId) {
    }

    @Schema(name = "CommissionDecision")
    public record Decision(
            @NotNull(message = "La demande est obligatoire.") UUID requestId,
            @Schema(description = "ACCORDER ou REFUSER") @NotNull(message = "La décision est obligatoire.") @Pattern(regexp = "^(ACCORDER|REFUSER)$", message = "ACCORDER ou REFUSER.") String decision,
            @Min(value = 0, message = "Montant positif.") @Max(value = 100_000_000, message = "Montant trop élevé.") Long amountCents,
            @Size(max = 4000, message = "4 000 caractères au plus.") String motivation,
            @Size(max = 500, message = "500 caractères au plus.") String budgetOverrideReason) {
    }

    @Schema(name = "CommissionDecisions", description = "Décisions de la séance, enregistrées ensemble (toutes ou aucune)")
    public record Decisions(@NotEmpty(message = "Au moins une décision.") @Size(max = 200, message = "200 décisions au plus.") List<@NotNull(message = "Décision vide.") @Valid Decision> decisions) {
    }
}
