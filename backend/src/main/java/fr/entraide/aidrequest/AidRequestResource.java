package fr.entraide.aidrequest;

import fr.entraide.aidrequest.dto.AidRequestSummary;
import fr.entraide.aidrequest.dto.AidRequestView;
import fr.entraide.aidrequest.dto.CreateAidRequest;
import fr.entraide.aidrequest.dto.QueueCount;
import fr.entraide.aidrequest.dto.TransitionRequest;
import fr.entraide.common.Page;
import fr.entraide.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/aid-requests")
@Tag(name = "Demandes d'aide", description = "Aide légale (pré-instruction pour le département) et aide facultative (décision du CCAS)")
@Produces(MediaType.APPLICATION_JSON)
public class AidRequestResource {

    @Inject
    AidRequestService requests;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Operation(summary = "Files de travail", description = "A_INSTRUIRE, EN_ATTENTE_PIECES, A_TRANSMETTRE (jours restants, retards en "
            + "premier), EN_COMMISSION, A_VERSER, ou TOUTES ; filtrable par personne.")
    public Page<AidRequestSummary> list(@QueryParam("queue") @DefaultValue("TOUTES") AidRequestService.Queue queue,
            @QueryParam("beneficiaryId") UUID beneficiaryId,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "La page commence à 0.") @Max(value = 100_000, message = "Page trop grande.") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "Au moins 1.") @Max(value = 200, message = "Au plus 200.") int size) {
        return requests.list(queue, beneficiaryId, page, size);
    }

    @GET
    @Path("/queues")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Operation(summary = "Nombre de demandes par file de travail", description = "Les cinq files (A_INSTRUIRE, EN_ATTENTE_PIECES, "
            + "A_TRANSMETTRE, EN_COMMISSION, A_VERSER), comptées dans le périmètre de l'agent (ses communes pour l'accueil).")
    public List<QueueCount> queues() {
        return requests.queueCounts();
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Créer une demande", description = "Aide légale : la demande naît en brouillon (BROUILLON) puis est déposée "
            + "(DEPOSER). Aide facultative : elle naît déposée (DEPOSEE).")
    @APIResponse(responseCode = "201", description = "Demande créée", content = @Content(schema = @Schema(implementation = AidRequestView.class)))
    public Response create(@Valid @NotNull(message = "Le corps de la requête est obligatoire.") CreateAidRequest request,
            @Context UriInfo uri) {
        AidRequestView created = requests.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(new EntityTag(Integer.toString(created.version()))).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Operation(summary = "Consulter une demande", description = "Avec ses échéances, ses pièces, son historique et les actions possibles.")
    public Response get(@PathParam("id") UUID id) {
        AidRequestView view = requests.get(id);
        return Response.ok(view).tag(new EntityTag(Integer.toString(view.version()))).build();
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Faire avancer la demande", description = "Une action du circuit d'instruction. Refusée en 409 si l'état ne la "
            + "permet pas (le message donne l'état et les actions possibles), en 403 si le rôle ne la permet pas. If-Match facultatif "
            + "(412 si la demande a changé).")
    @APIResponse(responseCode = "200", description = "Transition faite", content = @Content(schema = @Schema(implementation = AidRequestView.class)))
    @APIResponse(responseCode = "409", description = "Action impossible dans l'état actuel, ou conflit avec un autre agent",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response transition(@PathParam("id") UUID id,
            @Parameter(description = "ETag de la version lue (facultatif)") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") TransitionRequest request) {
        AidRequestView view = requests.transition(id, version(ifMatch), request);
        return Response.ok(view).tag(new EntityTag(Integer.toString(view.version()))).build();
    }

    @PUT
    @Path("/{id}/pieces/{code}")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL })
    @Operation(summary = "Pointer une pièce comme reçue")
    public AidRequestView receivePiece(@PathParam("id") UUID id,
            @PathParam("code") @Pattern(regexp = "^[A-Z0-9_]{2,40}$", message = "Code de pièce invalide.") String code) {
        return requests.markPiece(id, code, true);
    }

    @DELETE
    @Path("/{id}/pieces/{code}")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL })
    @Operation(summary = "Pointer une pièce comme manquante")
    public AidRequestView removePiece(@PathParam("id") UUID id,
            @PathParam("code") @Pattern(regexp = "^[A-Z0-9_]{2,40}$", message = "Code de pièce invalide.") String code) {
        return requests.markPiece(id, code, false);
    }

    private static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw new fr.entraide.common.ProblemException(fr.entraide.common.ProblemType.PRECONDITION_FAILED,
                    "En-tête If-Match illisible : renvoyez l'ETag reçu.");
        }
    }
}
