package fr.entraide.organisation;

import fr.entraide.organisation.dto.AgentView;
import fr.entraide.organisation.dto.CreateAgentRequest;
import fr.entraide.organisation.dto.PasswordResetRequest;
import fr.entraide.organisation.dto.UpdateAgentRequest;
import fr.entraide.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/agents")
@Tag(name = "Administration : agents", description = "Comptes des agents de l'organisation, leurs rôles et leurs communes")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminAgentResource {

    @Inject
    AgentAdminService agents;

    @GET
    @Operation(summary = "Lister les agents de l'organisation")
    public List<AgentView> list() {
        return agents.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Consulter un agent")
    public AgentView get(@PathParam("id") UUID id) {
        return agents.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Créer un agent", description = "Crée un compte avec un mot de passe initial. Un agent d'accueil "
            + "doit être rattaché à au moins une commune de l'organisation.")
    @APIResponse(responseCode = "201", description = "Agent créé", content = @Content(schema = @Schema(implementation = AgentView.class)))
    @APIResponse(responseCode = "409", description = "Adresse électronique déjà utilisée",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(@Valid @NotNull(message = "Le corps de la requête est obligatoire.") CreateAgentRequest request,
            @Context UriInfo uri) {
        AgentView created = agents.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modifier un agent", description = "Nom, rôles, communes, activation. Désactiver un compte ferme ses sessions.")
    @APIResponse(responseCode = "200", description = "Agent modifié", content = @Content(schema = @Schema(implementation = AgentView.class)))
    @APIResponse(responseCode = "409", description = "Un administrateur ne peut pas se retirer son rôle ni se désactiver",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public AgentView update(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") UpdateAgentRequest request) {
        return agents.update(id, request);
    }

    @POST
    @Path("/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Réinitialiser le mot de passe d'un agent", description = "Ferme aussi ses sessions en cours.")
    @APIResponse(responseCode = "204", description = "Mot de passe remplacé")
    public Response resetPassword(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") PasswordResetRequest request) {
        agents.resetPassword(id, request);
        return Response.noContent().build();
    }
}
