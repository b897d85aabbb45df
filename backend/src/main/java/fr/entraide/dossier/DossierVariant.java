package fr.entraide.dossier;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a département asks beyond the national structure: each département has its own RDAS and
 * its own "dossier d'aide sociale" (DOMAIN.md §4). The organisation's administrator lists the
 * extra fields it requires; extra pièces belong to the aid's catalogue entry, which the
 * administrator already edits.
 */
@Schema(name = "DossierVariant", description = "Variante départementale des dossiers : libellé imprimé et champs rendus obligatoires.")
public record DossierVariant(
        @Schema(example = "Département de l'Isère — RDAS 2024") @Size(max = 150, message = "150 caractères au plus.") String label,
        @Schema(description = "Champs supplémentaires exigés par le département") @NotNull(message = "La liste des champs est obligatoire (vide possible).") @Size(max = 20, message = "20 champs au plus.") List<@NotNull(message = "Champ vide.") ExtraField> requiredFields) {

    public DossierVariant {
        requiredFields = requiredFields == null ? List.of() : List.copyOf(requiredFields);
    }

    public static final DossierVariant NATIONAL = new DossierVariant(null, List.of());

    /** The optional fields of the national structure a département may make mandatory. */
    @Schema(name = "DossierExtraField")
    public enum ExtraField {
        PHONE, EMAIL, MEDECIN_TRAITANT, PERSONNE_DE_CONFIANCE, BENEFIT_FUND, PENSION_FUND, ESTABLISHMENT_FINESS,
        OBLIGE_PHONE_OR_EMAIL
    }
}
