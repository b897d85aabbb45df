package fr.entraide.transmission.outbox;

import fr.entraide.common.Page;
import fr.entraide.partner.PartnerClientService;
import fr.entraide.security.CallerScope;
import fr.entraide.security.Roles;
import fr.entraide.transmission.dto.WebhookDtos;
import fr.entraide.transmission.dto.WebhookDtos.DeliveryDetail;
import fr.entraide.transmission.dto.WebhookDtos.DeliveryStatus;
import fr.entraide.transmission.dto.WebhookDtos.DeliveryView;
import fr.entraide.transmission.dto.WebhookDtos.WebhookCreated;
import fr.entraide.transmission.dto.WebhookDtos.WebhookView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/partners/{id}")
@Tag(name = "Administration : partenaires")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminWebhookResource {

    @Inject
    PartnerClientService partners;

    @Inject
    WebhookService webhooks;

    @Inject
    CallerScope caller;

    @GET
    @Path("/webhooks")
    @Operation(summary = "Webhooks d'un partenaire")
    public List<WebhookView> list(@PathParam("id") UUID id) {
        return webhooks.list(partners.owned(id));
    }

    @POST
    @Path("/webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistrer un webhook pour un partenaire", description = "Renvoie le secret de signature une seule fois. "
            + "Un premier événement webhook.test est envoyé pour vérifier la réception.")
    @APIResponse(responseCode = "201", description = "Webhook enregistré", content = @Content(schema = @Schema(implementation = WebhookCreated.class)))
    public Response register(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") WebhookDtos.CreateWebhookRequest request) {
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                .entity(webhooks.register(partners.owned(id), request.url(), caller.agentId())).build();
    }

    @DELETE
    @Path("/webhooks/{webhookId}")
    @Operation(summary = "Supprimer un webhook", description = "Les livraisons en attente sont abandonnées ; le journal est conservé.")
    @APIResponse(responseCode = "204", description = "Supprimé")
    public void remove(@PathParam("id") UUID id, @PathParam("webhookId") UUID webhookId) {
        webhooks.remove(partners.owned(id), webhookId, caller.agentId());
    }

    @GET
    @Path("/deliveries")
    @Operation(summary = "Journal des livraisons de webhooks d'un partenaire", description = "Les plus récentes d'abord.")
    public Page<DeliveryView> deliveries(@PathParam("id") UUID id, @QueryParam("status") DeliveryStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Page positive.") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Au moins 1.") @Max(value = 100, message = "100 au plus.") int size) {
        return webhooks.deliveries(partners.owned(id), status, page, size);
    }

    @GET
    @Path("/deliveries/{deliveryId}")
    @Operation(summary = "Une livraison, son événement et chacun de ses essais")
    public DeliveryDetail delivery(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.delivery(partners.owned(id), deliveryId);
    }

    @POST
    @Path("/deliveries/{deliveryId}/replay")
    @Operation(summary = "Rejouer une livraison", description = "Renvoie le même événement (même identifiant, que le destinataire "
            + "peut dédupliquer) au prochain passage du livreur, quel que soit son état.")
    public DeliveryView replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.replay(partners.owned(id), deliveryId, caller.agentId());
    }
}
