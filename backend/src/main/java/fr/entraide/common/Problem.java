package fr.entraide.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document: every error the API returns has this shape. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "Erreur au format RFC 9457 (application/problem+json).")
public record Problem(
        @Schema(description = "Identifiant stable du type d'erreur", example = "urn:entraide:problem:validation") String type,
        @Schema(description = "Résumé en français", example = "Données invalides") String title,
        @Schema(description = "Code HTTP", example = "422") int status,
        @Schema(description = "Explication en français", example = "2 champs sont invalides.") String detail,
        @Schema(description = "Chemin de la requête", example = "/api/admin/agents") String instance,
        @Schema(description = "Identifiant de la requête, à communiquer au support") String requestId,
        @Schema(description = "Champs en erreur") List<FieldError> errors,
        @Schema(description = "Code d'erreur OAuth 2.0 (RFC 6749), sur /api/oauth/token uniquement") String error,
        @Schema(description = "Doublon : identifiant de la fiche existante, si l'appelant peut la consulter") java.util.UUID existingId) {

    public Problem(String type, String title, int status, String detail, String instance, String requestId,
            List<FieldError> errors, String error) {
        this(type, title, status, detail, instance, requestId, errors, error, null);
    }

    /** A field that is missing or invalid, named by its JSON path in the request. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "email") String field,
            @Schema(example = "L'adresse électronique est invalide.") String message) {
    }
}
