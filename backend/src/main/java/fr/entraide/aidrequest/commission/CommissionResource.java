package fr.entraide.aidrequest.commission;

import fr.entraide.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/commissions")
@Tag(name = "Commission", description = "Séances de la commission qui décide des aides facultatives")
@RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.PRESIDENT })
@Produces(MediaType.APPLICATION_JSON)
public class CommissionResource {

    @Inject
    CommissionService commissions;

    @GET
    @Operation(summary = "Séances de commission")
    public List<CommissionDtos.SessionView> list() {
        return commissions.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Créer une séance")
    @APIResponse(responseCode = "201", description = "Séance créée", content = @Content(schema = @Schema(implementation = CommissionDtos.SessionView.class)))
    public Response create(@Valid @NotNull(message = "Le corps de la requête est obligatoire.") CommissionDtos.SessionInput request) {
        return Response.status(Response.Status.CREATED).entity(commissions.create(request)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Consulter une séance et son ordre du jour")
    public CommissionDtos.SessionView get(@PathParam("id") UUID id) {
        return commissions.get(id);
    }

    @POST
    @Path("/{id}/agenda")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Inscrire une demande instruite à l'ordre du jour")
    public CommissionDtos.SessionView addToAgenda(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") CommissionDtos.AgendaInput request) {
        return commissions.addToAgenda(id, request.requestId());
    }

    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistrer les décisions de la séance", description = "Une ou plusieurs décisions, enregistrées ensemble : si l'une "
            + "est refusée (budget, plafond, état), aucune ne l'est.")
    public CommissionDtos.SessionView decide(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") CommissionDtos.Decisions request) {
        return commissions.decide(id, request);
    }

    @GET
    @Path("/{id}/minutes")
    @Produces("application/pdf")
    @Operation(summary = "Procès-verbal de la séance (PDF)")
    @APIResponse(responseCode = "200", description = "Le PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response minutes(@PathParam("id") UUID id) {
        return Response.ok(commissions.minutes(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"proces-verbal-" + id + ".pdf\"").build();
    }
}
