package fr.entraide.orientation;

import fr.entraide.common.Cursor;
import fr.entraide.orientation.dto.OrientationDtos.Acknowledgement;
import fr.entraide.orientation.dto.OrientationDtos.Answer;
import fr.entraide.orientation.dto.OrientationDtos.PartnerOrientation;
import fr.entraide.partner.Idempotency;
import fr.entraide.partner.PartnerCaller;
import fr.entraide.partner.PartnerClient;
import fr.entraide.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partner/orientations")
@Tag(name = "Partenaires")
@RolesAllowed({ Roles.CAF, Roles.MSA })
@Produces(MediaType.APPLICATION_JSON)
public class PartnerOrientationResource {

    @Inject
    PartnerCaller caller;

    @Inject
    OrientationService orientations;

    @Inject
    Idempotency idempotency;

    @GET
    @Operation(summary = "Orientations qui me sont adressées", description = "Par curseur : repassez nextCursor en since= pour "
            + "n'obtenir que les nouvelles. Identité minimale de la personne seulement.")
    public Cursor<PartnerOrientation> list(@QueryParam("since") String since,
            @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "Au moins 1.") @Max(value = 200, message = "200 au plus.") int limit) {
        return orientations.feed(caller.client(), since, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Une orientation qui m'est adressée")
    public PartnerOrientation get(@PathParam("id") UUID id) {
        return orientations.read(caller.client(), id);
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accuser réception d'une orientation")
    @APIResponse(responseCode = "200", description = "Prise en compte", content = @Content(schema = @Schema(implementation = PartnerOrientation.class)))
    public Response acknowledge(@PathParam("id") UUID id,
            @Parameter(description = "Clé unique par requête (UUID) : un renvoi avec la même clé rend la même réponse sans second effet")
            @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") Acknowledgement request) {
        PartnerClient client = caller.client();
        return idempotency.run(client, key, "orientation-ack:" + id, request, 200,
                () -> orientations.acknowledge(client, id, request));
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Répondre à une orientation", description = "Statut et commentaire ; le CCAS en est notifié.")
    @APIResponse(responseCode = "200", description = "Réponse enregistrée", content = @Content(schema = @Schema(implementation = PartnerOrientation.class)))
    public Response answer(@PathParam("id") UUID id,
            @Parameter(description = "Clé unique par requête (UUID)") @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") Answer request) {
        PartnerClient client = caller.client();
        return idempotency.run(client, key, "orientation-answer:" + id, request, 200,
                () -> orientations.answer(client, id, request));
    }
}
