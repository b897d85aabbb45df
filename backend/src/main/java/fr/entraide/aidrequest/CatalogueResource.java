package fr.entraide.aidrequest;

import fr.entraide.aidrequest.dto.AidTypeInput;
import fr.entraide.aidrequest.dto.AidTypeView;
import fr.entraide.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Tag(name = "Catalogue des aides", description = "Les aides de l'organisation, leurs pièces et leur règlement")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    @Inject
    CatalogueService catalogue;

    @GET
    @Path("catalogue")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Operation(summary = "Le catalogue des aides de l'organisation")
    public List<AidTypeView> list() {
        return catalogue.list();
    }

    @POST
    @Path("admin/catalogue")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ajouter une aide au catalogue")
    @APIResponse(responseCode = "201", description = "Aide ajoutée", content = @Content(schema = @Schema(implementation = AidTypeView.class)))
    public Response create(@Valid @NotNull(message = "Le corps de la requête est obligatoire.") AidTypeInput request) {
        return Response.status(Response.Status.CREATED).entity(catalogue.create(request)).build();
    }

    @PUT
    @Path("admin/catalogue/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modifier une aide du catalogue", description = "Les demandes déjà créées gardent leur liste de pièces.")
    public AidTypeView update(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") AidTypeInput request) {
        return catalogue.update(id, request);
    }

    @GET
    @Path("admin/avis-delegations")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Agents ayant délégation pour rendre l'avis du président")
    public List<UUID> delegations() {
        return catalogue.delegations();
    }

    @PUT
    @Path("admin/avis-delegations/{agentId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Donner délégation de l'avis à un agent (R123-21 CASF)")
    @APIResponse(responseCode = "204", description = "Délégation donnée")
    public Response grant(@PathParam("agentId") UUID agentId) {
        catalogue.setDelegation(agentId, true);
        return Response.noContent().build();
    }

    @DELETE
    @Path("admin/avis-delegations/{agentId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Retirer la délégation de l'avis")
    @APIResponse(responseCode = "204", description = "Délégation retirée")
    public Response revoke(@PathParam("agentId") UUID agentId) {
        catalogue.setDelegation(agentId, false);
        return Response.noContent().build();
    }
}
