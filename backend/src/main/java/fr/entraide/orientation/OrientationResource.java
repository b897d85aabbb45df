package fr.entraide.orientation;

import fr.entraide.common.Page;
import fr.entraide.orientation.dto.OrientationDtos.CreateOrientation;
import fr.entraide.orientation.dto.OrientationDtos.Recipient;
import fr.entraide.orientation.dto.OrientationDtos.OrientationView;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/orientations")
@Tag(name = "Orientations", description = "Orientations vers la CAF et la MSA, avec le consentement de la personne")
@RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
@Produces(MediaType.APPLICATION_JSON)
public class OrientationResource {

    @Inject
    OrientationService orientations;

    @GET
    @Operation(summary = "Orientations envoyées", description = "Les plus récentes d'abord ; filtre par état (REPONDUE : les réponses reçues).")
    public Page<OrientationView> list(@QueryParam("status") OrientationStatus status, @QueryParam("beneficiaryId") UUID beneficiaryId,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Page positive.") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Au moins 1.") @Max(value = 100, message = "100 au plus.") int size) {
        return orientations.list(status, beneficiaryId, page, size);
    }

    @GET
    @Path("/recipients")
    @Operation(summary = "Destinataires possibles (CAF et MSA de l'organisation)")
    public List<Recipient> recipients() {
        return orientations.recipients();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL })
    @Operation(summary = "Orienter une personne vers la CAF ou la MSA", description = "Refusé sans le consentement de la personne. "
            + "Le partenaire ne voit que l'identité minimale, le motif et le message.")
    @APIResponse(responseCode = "201", description = "Orientation envoyée", content = @Content(schema = @Schema(implementation = OrientationView.class)))
    public Response create(@Valid @NotNull(message = "Le corps de la requête est obligatoire.") CreateOrientation request) {
        return Response.status(Response.Status.CREATED).entity(orientations.create(request)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Une orientation et la réponse du partenaire")
    public OrientationView get(@PathParam("id") UUID id) {
        return orientations.get(id);
    }
}
