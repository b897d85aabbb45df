package fr.entraide.organisation;

import fr.entraide.organisation.dto.AddCommuneRequest;
import fr.entraide.organisation.dto.EpciSetupRequest;
import fr.entraide.organisation.dto.OrganisationCommuneView;
import fr.entraide.organisation.dto.OrganisationView;
import fr.entraide.organisation.dto.UpdateOrganisationRequest;
import fr.entraide.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/organisation")
@Tag(name = "Administration : organisation", description = "Le CCAS ou CIAS, son EPCI et ses communes")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminOrganisationResource {

    @Inject
    OrganisationAdminService organisations;

    @GET
    @Operation(summary = "Consulter l'organisation et ses communes")
    public OrganisationView get() {
        return organisations.view();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modifier le nom, le type et le département de l'organisation")
    public OrganisationView update(@Valid @NotNull(message = "Le corps de la requête est obligatoire.") UpdateOrganisationRequest request) {
        return organisations.update(request);
    }

    @POST
    @Path("/epci")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Constituer le CIAS à partir de son EPCI", description = "Les communes membres de l'EPCI deviennent "
            + "les communes de l'organisation ; les autres sont retirées, sauf si des agents d'accueil y sont rattachés.")
    public OrganisationView setUpFromEpci(@Valid @NotNull(message = "Le corps de la requête est obligatoire.") EpciSetupRequest request) {
        return organisations.setUpFromEpci(request.epciCode());
    }

    @GET
    @Path("/communes")
    @Operation(summary = "Lister les communes de l'organisation")
    public List<OrganisationCommuneView> communes() {
        return organisations.communes();
    }

    @POST
    @Path("/communes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rattacher une commune à l'organisation")
    @APIResponse(responseCode = "201", description = "Commune rattachée", content = @Content(schema = @Schema(implementation = OrganisationCommuneView.class)))
    @APIResponse(responseCode = "409", description = "Commune déjà rattachée",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response addCommune(@Valid @NotNull(message = "Le corps de la requête est obligatoire.") AddCommuneRequest request) {
        return Response.status(Response.Status.CREATED).entity(organisations.addCommune(request.inseeCode())).build();
    }

    @DELETE
    @Path("/communes/{inseeCode}")
    @Operation(summary = "Retirer une commune de l'organisation", description = "Refusé tant que des agents d'accueil y sont rattachés.")
    @APIResponse(responseCode = "204", description = "Commune retirée")
    @APIResponse(responseCode = "409", description = "Des agents sont rattachés à la commune",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response removeCommune(@PathParam("inseeCode") @Pattern(regexp = "^([0-9]{5}|2[AB][0-9]{3})$",
            message = "Code INSEE invalide.") String inseeCode) {
        organisations.removeCommune(inseeCode);
        return Response.noContent().build();
    }
}
