package fr.entraide.security;

import fr.entraide.organisation.OrganisationDirectory;
import fr.entraide.security.dto.Me;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@Tag(name = "Authentification")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CallerScope caller;

    @Inject
    OrganisationDirectory directory;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Operation(summary = "L'agent connecté", description = "Identité, rôles, organisation et communes sur lesquelles l'agent peut agir.")
    public Me me() {
        return directory.me(caller.agent(), caller.access());
    }
}
