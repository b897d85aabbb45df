package fr.entraide.aidrequest.letters;

import fr.entraide.aidrequest.AidRequest;
import fr.entraide.aidrequest.AidRequestService;
import fr.entraide.aidrequest.documents.DocumentStore;
import fr.entraide.common.ProblemException;
import fr.entraide.security.CallerScope;
import fr.entraide.security.Role;
import fr.entraide.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/aid-requests/{id}/letters")
@Tag(name = "Demandes d'aide")
public class LetterResource {

    @Inject
    AidRequestService requests;

    @Inject
    LetterService letters;

    @Inject
    CallerScope caller;

    @Inject
    DocumentStore store;

    @Schema(name = "LetterView")
    public record LetterView(UUID id, LetterKind kind, String filename, String sha256, UUID createdBy, Instant createdAt) {
        static LetterView of(Letter l) {
            return new LetterView(l.id, LetterKind.valueOf(l.kind), l.filename, l.sha256, l.createdBy, l.createdAt);
        }
    }

    @Schema(name = "LetterRequest")
    public record LetterRequest(@NotNull(message = "Le type de courrier est obligatoire.") LetterKind kind) {
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Courriers d'une demande", description = "Accusés de réception, demandes de pièces, notifications, du plus récent au plus ancien.")
    public List<LetterView> list(@PathParam("id") UUID id) {
        AidRequest request = requests.find(id, caller.access());
        return Letter.<Letter>list("requestId = ?1 order by createdAt desc", request.id).stream().map(LetterView::of).toList();
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL })
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Produire un courrier maintenant", description = "Le courrier est rédigé à partir du modèle, mis en page en PDF et conservé avec la demande.")
    @APIResponse(responseCode = "201", description = "Courrier produit", content = @Content(schema = @Schema(implementation = LetterView.class)))
    public Response issue(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") LetterRequest request) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.ACCUEIL);
        AidRequest aid = requests.find(id, caller.access());
        return Response.status(Response.Status.CREATED).entity(LetterView.of(letters.issue(aid, request.kind(), caller.agentId()))).build();
    }

    @GET
    @Path("/{letterId}")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Produces("application/pdf")
    @Operation(summary = "Télécharger un courrier (PDF)")
    @APIResponse(responseCode = "200", description = "Le PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId) {
        AidRequest aid = requests.find(id, caller.access());
        Letter letter = Letter.find("id = ?1 and requestId = ?2", letterId, aid.id).firstResult();
        if (letter == null) {
            throw ProblemException.notFound("Aucun courrier de cette demande n'a cet identifiant.");
        }
        try {
            return Response.ok(store.get(letter.storageKey), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + letter.filename + "\"")
                    .header("Cache-Control", "no-store").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
