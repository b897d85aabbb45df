package fr.entraide.partner;

import fr.entraide.organisation.Organisation;
import fr.entraide.partner.dto.PartnerMe;
import fr.entraide.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partner")
@Tag(name = "Partenaires")
@RolesAllowed({ Roles.DEPARTEMENT, Roles.CAF, Roles.MSA })
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {

    @Inject
    PartnerCaller caller;

    @GET
    @Path("/me")
    @Operation(summary = "Le partenaire appelant", description = "Vérifie un jeton de partenaire et dit pour quelle organisation il vaut.")
    public PartnerMe me() {
        PartnerClient client = caller.client();
        Organisation organisation = Organisation.findById(client.organisationId);
        return new PartnerMe(client.id, client.name, client.type, client.departement, organisation.id, organisation.name);
    }
}
