package fr.entraide.aidrequest.documents;

import fr.entraide.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/aid-requests/{id}/documents")
@Tag(name = "Demandes d'aide")
public class DocumentResource {

    @Inject
    DocumentService documents;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL })
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Déposer une pièce justificative", description = "Formulaire multipart : pieceCode (la pièce de la liste) et "
            + "file (PDF, JPEG ou PNG, reconnu à son contenu ; 10 Mo au plus par défaut). La pièce est pointée comme reçue.")
    @APIResponse(responseCode = "201", description = "Pièce enregistrée", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "413", description = "Fichier trop volumineux", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "Type de fichier refusé", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem")))
    public Response upload(@PathParam("id") UUID id,
            @RestForm("pieceCode") @NotNull(message = "Indiquez la pièce (pieceCode).") @Pattern(regexp = "^[A-Z0-9_]{2,40}$", message = "Code de pièce invalide.") String pieceCode,
            @RestForm("file") @NotNull(message = "Joignez le fichier (file).") FileUpload file) {
        DocumentView view = documents.upload(id, pieceCode, file.fileName(), file.uploadedFile());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pièces reçues d'une demande")
    public List<DocumentView> list(@PathParam("id") UUID id) {
        return documents.list(id);
    }

    @GET
    @Path("/{documentId}")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Produces({ "application/pdf", "image/jpeg", "image/png" })
    @Operation(summary = "Télécharger une pièce", description = "Chaque téléchargement est journalisé.")
    @APIResponse(responseCode = "200", description = "Le fichier", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        DocumentService.Download download = documents.download(id, documentId);
        return Response.ok(download.content(), download.document().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + download.document().filename().replaceAll("[^\\w.\\- ]", "_") + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-SHA256", download.document().sha256())
                .build();
    }
}
