package fr.entraide.aidrequest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateAidRequest")
public record CreateAidRequest(
        @NotNull(message = "La personne est obligatoire.") UUID beneficiaryId,
        @NotNull(message = "L'aide demandée est obligatoire.") UUID aidTypeId,
        @Schema(description = "ACCUEIL, COURRIER, MAIRIE (relais), EN_LIGNE, VISITE") @Pattern(regexp = "^(ACCUEIL|COURRIER|MAIRIE|EN_LIGNE|VISITE)$", message = "Canal inconnu.") String channel,
        @Schema(description = "Aide facultative : date de dépôt (aujourd'hui par défaut). Aide légale : la demande naît en brouillon, la date est donnée à l'action DEPOSER.") @PastOrPresent(message = "La date de dépôt ne peut pas être future.") LocalDate depositedOn,
        @Schema(description = "Montant demandé, en centimes") @Min(value = 0, message = "Montant positif.") @Max(value = 100_000_000, message = "Montant trop élevé.") Long requestedAmountCents,
        @Valid Accommodation accommodation,
        @Size(max = 2000, message = "2 000 caractères au plus.") String comment) {

    /** For ASH and APA en établissement: the establishment and the entry date. */
    @Schema(name = "Accommodation")
    public record Accommodation(
            @Size(max = 200, message = "200 caractères au plus.") String establishment,
            @Pattern(regexp = "^[0-9AB]{9}$", message = "Le numéro FINESS compte 9 caractères.") String finess,
            @PastOrPresent(message = "La date d'entrée ne peut pas être future.") LocalDate entryOn,
            @Schema(description = "Établissement habilité à l'aide sociale") Boolean habilitated,
            @Schema(description = "Délai de demande prolongé de deux mois par le président du conseil départemental") boolean extended,
            @Schema(description = "Admission d'urgence prononcée par le maire (L131-3) : date de l'admission") @PastOrPresent(message = "La date d'admission ne peut pas être future.") LocalDate emergencyAdmissionOn) {
    }
}
