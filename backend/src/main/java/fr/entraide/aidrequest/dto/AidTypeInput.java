package fr.entraide.aidrequest.dto;

import fr.entraide.aidrequest.AidKind;
import fr.entraide.aidrequest.Bareme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AidTypeInput")
public record AidTypeInput(
        @Schema(example = "AIDE_RENTREE") @NotBlank(message = "Le code est obligatoire.") @Pattern(regexp = "^[A-Z0-9_]{2,40}$", message = "Code en majuscules (A-Z, 0-9, _).") String code,
        @NotBlank(message = "Le libellé est obligatoire.") @Size(max = 200, message = "200 caractères au plus.") String label,
        @NotNull(message = "Légale ou facultative ?") AidKind kind,
        @Pattern(regexp = "^(APA_DOMICILE|APA_ETABLISSEMENT|ASH_PA|ASH_PH|AIDE_MENAGERE|AUTRE)$", message = "Famille inconnue.") String legalFamily,
        @Min(value = 0, message = "Plafond positif.") @Max(value = 100_000_000, message = "Plafond trop élevé.") Long ceilingCents,
        @Min(value = 1, message = "Au moins 1 mois.") @Max(value = 120, message = "120 mois au plus.") Integer frequencyMonths,
        @Valid Bareme scale,
        @NotNull(message = "La liste des pièces est obligatoire (éventuellement vide).") @Size(max = 40, message = "40 pièces au plus.") List<@NotNull(message = "Pièce vide.") @Valid PieceSpec> pieces,
        boolean active) {
}
