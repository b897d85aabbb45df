package fr.entraide.organisation;

import fr.entraide.organisation.dto.CommuneView;
import fr.entraide.security.CallerScope;
import fr.entraide.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Tag(name = "Organisation", description = "Ce que tout agent peut consulter de son organisation")
@Produces(MediaType.APPLICATION_JSON)
public class CommuneResource {

    @Inject
    CallerScope caller;

    @Inject
    OrganisationDirectory directory;

    @GET
    @Path("/communes")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Operation(summary = "Communes sur lesquelles l'agent peut agir",
            description = "Toutes les communes de l'organisation, ou seulement celles d'un agent d'accueil.")
    public List<CommuneView> list() {
        return directory.communesInScope(caller.access());
    }

    @GET
    @Path("/agents")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Operation(summary = "Agents actifs de l'organisation", description = "Pour choisir un référent : identité et rôles, rien d'autre.")
    public List<ColleagueView> agents() {
        return fr.entraide.organisation.Agent.<fr.entraide.organisation.Agent>list(
                "organisationId = ?1 and enabled = true order by lastName, firstName", caller.organisationId()).stream()
                .map(a -> new ColleagueView(a.id, a.firstName, a.lastName, a.roles.stream().sorted().toList()))
                .toList();
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Colleague")
    public record ColleagueView(java.util.UUID id, String firstName, String lastName, List<fr.entraide.security.Role> roles) {
    }
}
