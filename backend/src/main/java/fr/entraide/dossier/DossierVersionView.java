package fr.entraide.dossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version of a dossier, without its bytes. */
@Schema(name = "DossierVersion")
public record DossierVersionView(
        UUID id,
        @Schema(description = "Numéro de version pour la demande (1, 2…)") int number,
        DossierKind kind,
        @Schema(description = "Projet (filigrane PROJET), à ne pas transmettre") boolean draft,
        @Schema(example = "entraide.dossier/1") String schemaVersion,
        @Schema(description = "SHA-256 du PDF, en hexadécimal : il ne change jamais") String pdfSha256,
        @Schema(description = "SHA-256 du document JSON") String jsonSha256,
        long pdfBytes,
        UUID createdBy,
        @Schema(description = "Nom de l'agent qui a produit la version") String createdByName,
        Instant createdAt,
        @Schema(description = "Champs du dossier modifiés depuis la version précédente (chemins JSON) ; vide pour la première") List<String> changes) {
}
