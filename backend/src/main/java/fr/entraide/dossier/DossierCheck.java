package fr.entraide.dossier;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The completeness report of a request's dossier, section by section of its form. */
@Schema(name = "DossierCheck", description = "Rapport de complétude : chaque rubrique du formulaire, ses champs (rempli, manquant, "
        + "invalide) avec où les corriger, et les pièces reçues ou manquantes.")
public record DossierCheck(
        UUID requestId,
        String reference,
        UUID beneficiaryId,
        DossierKind kind,
        String form,
        String title,
        @Schema(description = "Vrai quand rien ne manque : le dossier peut être produit (sinon, seulement en projet)") boolean complete,
        int missingCount,
        int invalidCount,
        List<Section> sections,
        List<DossierDocument.Piece> pieces,
        @Schema(description = "Mentions non bloquantes : orientation vers la caisse de retraite, cumuls interdits…") List<String> notices) {

    @Schema(name = "DossierCheckSection")
    public record Section(@Schema(example = "IDENTITE") String code, @Schema(example = "Partie 1 — Identité du demandeur") String title,
            List<Field> fields) {
    }

    @Schema(name = "DossierFieldState", description = "FILLED, MISSING ou INVALID")
    public enum State { FILLED, MISSING, INVALID }

    @Schema(name = "DossierFixTarget", description = "Où corriger : la fiche de la personne (BENEFICIARY), la demande (REQUEST) ou "
            + "la liste des pièces (PIECES)")
    public enum Target { BENEFICIARY, REQUEST, PIECES }

    @Schema(name = "DossierCheckField")
    public record Field(
            @Schema(description = "Chemin du champ dans le dossier JSON", example = "applicant.birthPlaceCode") String field,
            @Schema(example = "Lieu de naissance") String label,
            State state,
            @Schema(description = "Message en français : le champ et où le corriger") String message,
            Target target,
            @Schema(description = "Chemin du champ à corriger dans la cible, par exemple le champ du formulaire de la fiche", example = "birthPlace.code") String path) {
    }
}
