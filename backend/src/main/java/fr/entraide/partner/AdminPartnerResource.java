package fr.entraide.partner;

import fr.entraide.partner.dto.CreatePartnerClientRequest;
import fr.entraide.partner.dto.PartnerClientCreated;
import fr.entraide.partner.dto.PartnerClientView;
import fr.entraide.partner.dto.RateLimitRequest;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/partners")
@Tag(name = "Administration : partenaires", description = "Identifiants d'API du département, de la CAF et de la MSA")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminPartnerResource {

    @Inject
    PartnerClientService partners;

    @GET
    @Operation(summary = "Lister les partenaires enregistrés")
    public List<PartnerClientView> list() {
        return partners.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Consulter un partenaire", description = "Son état, sa limite de débit, ses dernières utilisations ; "
            + "jamais son secret.")
    public PartnerClientView get(@PathParam("id") UUID id) {
        return partners.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistrer un partenaire", description = "Renvoie l'identifiant et le secret client ; le secret n'est "
            + "montré qu'une fois et seul son condensé est conservé.")
    @APIResponse(responseCode = "201", description = "Partenaire enregistré", content = @Content(schema = @Schema(implementation = PartnerClientCreated.class)))
    public Response create(@Valid @NotNull(message = "Le corps de la requête est obligatoire.") CreatePartnerClientRequest request) {
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store").entity(partners.create(request)).build();
    }

    @POST
    @Path("/{id}/secret")
    @Operation(summary = "Renouveler le secret d'un partenaire", description = "Sans interruption : le nouveau secret est "
            + "renvoyé une seule fois et l'ancien reste accepté jusqu'à son retrait (POST …/secret/retire-previous).")
    @APIResponse(responseCode = "200", description = "Le nouveau secret, montré une seule fois",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerClientCreated.class)))
    public Response rotate(@PathParam("id") UUID id) {
        return Response.ok(partners.rotateSecret(id)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/{id}/secret/retire-previous")
    @Operation(summary = "Retirer l'ancien secret", description = "Termine la rotation : seul le nouveau secret est accepté. "
            + "Les jetons déjà délivrés restent valables jusqu'à leur expiration.")
    public PartnerClientView retirePrevious(@PathParam("id") UUID id) {
        return partners.retirePreviousSecret(id);
    }

    @PUT
    @Path("/{id}/rate-limit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fixer la limite de débit d'un partenaire", description = "Requêtes par minute ; perMinute absent ou nul : "
            + "valeur par défaut de l'instance.")
    public PartnerClientView rateLimit(@PathParam("id") UUID id, @Valid @NotNull(message = "Le corps de la requête est obligatoire.") RateLimitRequest request) {
        return partners.setRateLimit(id, request.perMinute());
    }

    @POST
    @Path("/{id}/disable")
    @Operation(summary = "Désactiver un partenaire", description = "Ses jetons en cours sont refusés immédiatement.")
    public PartnerClientView disable(@PathParam("id") UUID id) {
        return partners.setEnabled(id, false);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(summary = "Réactiver un partenaire")
    public PartnerClientView enable(@PathParam("id") UUID id) {
        return partners.setEnabled(id, true);
    }
}
