package fr.entraide.referentiel;

import fr.entraide.common.ProblemException;
import fr.entraide.referentiel.dto.EpciDetail;
import fr.entraide.referentiel.dto.EpciView;
import fr.entraide.referentiel.dto.RefCommuneView;
import fr.entraide.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/referentiel")
@Tag(name = "Référentiel géographique", description = "Communes et EPCI du Code officiel géographique (INSEE), "
        + "issus de @etalab/decoupage-administratif")
@RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
@Produces(MediaType.APPLICATION_JSON)
public class ReferentielResource {

    private static final String DEPARTEMENT = "^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$";

    @Inject
    Referentiel referentiel;

    @GET
    @Path("/communes")
    @Operation(summary = "Rechercher une commune", description = "Par code INSEE, code postal ou début de nom (sans tenir compte des accents).")
    public List<RefCommuneView> communes(
            @QueryParam("q") @Size(max = 100, message = "Recherche trop longue.") String query,
            @QueryParam("departement") @Pattern(regexp = DEPARTEMENT, message = "Code de département invalide.") String departement,
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "Au moins 1.") @Max(value = 100, message = "Au plus 100.") int limit) {
        return referentiel.searchCommunes(query, departement, limit);
    }

    @GET
    @Path("/epci")
    @Operation(summary = "Rechercher un EPCI", description = "Par SIREN ou partie du nom, éventuellement dans un département.")
    public List<EpciView> epcis(
            @QueryParam("q") @Size(max = 100, message = "Recherche trop longue.") String query,
            @QueryParam("departement") @Pattern(regexp = DEPARTEMENT, message = "Code de département invalide.") String departement,
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "Au moins 1.") @Max(value = 100, message = "Au plus 100.") int limit) {
        return referentiel.searchEpci(query, departement, limit);
    }

    @GET
    @Path("/epci/{code}")
    @Operation(summary = "Consulter un EPCI et ses communes membres")
    public EpciDetail epci(@PathParam("code") @Pattern(regexp = "^[0-9]{9}$", message = "Le SIREN compte 9 chiffres.") String code) {
        EpciView epci = referentiel.epci(code).orElseThrow(() -> ProblemException.notFound("Aucun EPCI n'a ce SIREN."));
        return new EpciDetail(epci, referentiel.communesOfEpci(code));
    }
}
