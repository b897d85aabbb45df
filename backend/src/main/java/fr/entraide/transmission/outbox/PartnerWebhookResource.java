package fr.entraide.transmission.outbox;

import fr.entraide.partner.Idempotency;
import fr.entraide.partner.PartnerCaller;
import fr.entraide.partner.PartnerClient;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import fr.entraide.security.Roles;
import fr.entraide.transmission.dto.WebhookDtos;
import fr.entraide.transmission.dto.WebhookDtos.WebhookCreated;
import fr.entraide.transmission.dto.WebhookDtos.WebhookView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partner/webhooks")
@Tag(name = "Partenaires")
@RolesAllowed({ Roles.DEPARTEMENT, Roles.CAF, Roles.MSA })
@Produces(MediaType.APPLICATION_JSON)
public class PartnerWebhookResource {

    @Inject
    PartnerCaller caller;

    @Inject
    WebhookService webhooks;

    @Inject
    Idempotency idempotency;

    @GET
    @Operation(summary = "Mes webhooks")
    public List<WebhookView> list() {
        return webhooks.list(caller.client());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistrer un webhook", description = "Les événements qui vous concernent y sont poussés, signés "
            + "(en-tête Entraide-Signature). Le secret de signature n'est renvoyé qu'une fois.")
    @APIResponse(responseCode = "201", description = "Webhook enregistré", content = @Content(schema = @Schema(implementation = WebhookCreated.class)))
    public Response register(
            @Parameter(description = "Clé unique par requête (UUID) : un renvoi avec la même clé rend le même webhook et le même secret")
            @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") WebhookDtos.CreateWebhookRequest request) {
        PartnerClient client = caller.client();
        Response response = idempotency.run(client, key, "webhook-register", request, 201, true,
                () -> webhooks.register(client, request.url(), null));
        return Response.fromResponse(response).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("/{webhookId}")
    @Operation(summary = "Supprimer un de mes webhooks")
    @APIResponse(responseCode = "204", description = "Supprimé")
    public void remove(@PathParam("webhookId") UUID webhookId) {
        webhooks.remove(caller.client(), webhookId, null);
    }
}
