package fr.entraide.dossier;

import fr.entraide.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/aid-requests/{id}/dossier")
@Tag(name = "Dossiers APA et ASH", description = "Dossiers préremplis pour le département : complétude, versions immuables en PDF et JSON")
public class DossierResource {

    @Inject
    DossierService dossiers;

    @GET
    @Path("/check")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complétude du dossier", description = "Chaque rubrique du formulaire (cerfa 16301*01, annexe 2-3 ou dossier "
            + "d'aide sociale) avec ses champs remplis, manquants ou invalides, où les corriger, et les pièces reçues ou manquantes. 409 "
            + "si l'aide n'a pas de dossier départemental.")
    public DossierCheck check(@PathParam("id") UUID id) {
        return dossiers.check(id);
    }

    @PUT
    @Path("/data")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL })
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compléter les données de la demande utiles au dossier", description = "Établissement (nom, FINESS, date "
            + "d'entrée, habilitation) et déclaration « aucun obligé alimentaire ». Renvoie le rapport de complétude à jour.")
    public DossierCheck updateData(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") DossierDataInput body) {
        return dossiers.updateData(id, body);
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Produire une nouvelle version du dossier", description = "Une version immuable : le PDF (formulaire prérempli, "
            + "JSON en pièce jointe) et le JSON du même contenu, avec leur SHA-256. Refusé en 422 (liste des éléments manquants ou "
            + "invalides dans errors[]) si le dossier n'est pas complet, sauf en projet (draft=true, filigrane PROJET).")
    @APIResponse(responseCode = "201", description = "Version créée", content = @Content(schema = @Schema(implementation = DossierVersionView.class)))
    @APIResponse(responseCode = "422", description = "Dossier incomplet", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem")))
    public Response generate(@PathParam("id") UUID id,
            @Parameter(description = "Produire un projet même incomplet") @QueryParam("draft") @DefaultValue("false") boolean draft,
            @Context UriInfo uri) {
        DossierVersionView version = dossiers.generate(id, draft);
        return Response.created(uri.getAbsolutePathBuilder().path("versions").path(Integer.toString(version.number())).path("pdf").build())
                .entity(version).build();
    }

    @GET
    @Path("/versions")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Versions du dossier", description = "De la plus récente à la plus ancienne : numéro, SHA-256, auteur, date, "
            + "champs modifiés depuis la version précédente.")
    public List<DossierVersionView> versions(@PathParam("id") UUID id) {
        return dossiers.versions(id);
    }

    @GET
    @Path("/versions/{number}/pdf")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.PRESIDENT })
    @Produces("application/pdf")
    @Operation(summary = "Télécharger le PDF d'une version", description = "Le PDF tel qu'il a été produit (son SHA-256 ne change jamais). "
            + "withPieces=true : suivi des pièces reçues (pages PDF, images en pages), en un seul PDF pour la transmission. Le NIR y "
            + "figure : réservé aux instructeurs, administrateurs et au président. Téléchargement tracé.")
    @APIResponse(responseCode = "200", description = "Le PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("id") UUID id,
            @PathParam("number") @Min(value = 1, message = "Les versions commencent à 1.") @Max(value = 1_000_000, message = "Version inconnue.") int number,
            @Parameter(description = "Ajouter les pièces reçues après le formulaire") @QueryParam("withPieces") @DefaultValue("false") boolean withPieces) {
        return send(dossiers.download(id, number, "pdf", withPieces));
    }

    @GET
    @Path("/versions/{number}/json")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.PRESIDENT })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Télécharger le JSON d'une version", description = "Le document « entraide.dossier/1 » tel qu'il a été produit, "
            + "identique à la pièce jointe dossier.json du PDF. Téléchargement tracé.")
    @APIResponse(responseCode = "200", description = "Le dossier", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = DossierDocument.class)))
    public Response json(@PathParam("id") UUID id,
            @PathParam("number") @Min(value = 1, message = "Les versions commencent à 1.") @Max(value = 1_000_000, message = "Version inconnue.") int number) {
        return send(dossiers.download(id, number, "json", false));
    }

    private static Response send(DossierService.Download download) {
        return Response.ok(download.bytes(), download.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + download.filename() + "\"")
                .header("ETag", "\"" + download.sha256() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
