package fr.entraide.transmission.outbox;

import fr.entraide.partner.PartnerCaller;
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
    public Response register(@Valid @NotNull(message = "Le corps de la requête est obligatoire.") WebhookDtos.CreateWebhookRequest request) {
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                .entity(webhooks.register(caller.client(), request.url(), null)).build();
    }

    @DELETE
    @Path("/{webhookId}")
    @Operation(summary = "Supprimer un de mes webhooks")
    @APIResponse(responseCode = "204", description = "Supprimé")
    public void remove(@PathParam("webhookId") UUID webhookId) {
        webhooks.remove(caller.client(), webhookId, null);
    }
}
