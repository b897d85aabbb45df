package fr.entraide.transmission;

import fr.entraide.common.Cursor;
import fr.entraide.partner.Idempotency;
import fr.entraide.partner.PartnerCaller;
import fr.entraide.partner.PartnerClient;
import fr.entraide.security.Roles;
import fr.entraide.transmission.dto.TransmissionDtos.Acknowledgement;
import fr.entraide.transmission.dto.TransmissionDtos.Decision;
import fr.entraide.transmission.dto.TransmissionDtos.PartnerTransmission;
import fr.entraide.transmission.dto.TransmissionDtos.Piece;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partner/transmissions")
@Tag(name = "Partenaires")
@RolesAllowed(Roles.DEPARTEMENT)
@Produces(MediaType.APPLICATION_JSON)
public class PartnerTransmissionResource {

    @Inject
    PartnerCaller caller;

    @Inject
    TransmissionService transmissions;

    @Inject
    Idempotency idempotency;

    @GET
    @Operation(summary = "Dossiers transmis à mon département", description = "Par curseur, dans l'ordre d'envoi : repassez "
            + "nextCursor en since= pour n'obtenir que les nouveaux.")
    public Cursor<PartnerTransmission> list(@QueryParam("since") String since,
            @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "Au moins 1.") @Max(value = 200, message = "200 au plus.") int limit) {
        return transmissions.feed(caller.client(), since, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Un dossier transmis")
    public PartnerTransmission get(@PathParam("id") UUID id) {
        return transmissions.get(caller.client(), id);
    }

    @GET
    @Path("/{id}/dossier/pdf")
    @Produces("application/pdf")
    @Operation(summary = "Le dossier en PDF (version envoyée, immuable)")
    @APIResponse(responseCode = "200", description = "Le PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response dossierPdf(@PathParam("id") UUID id) {
        return file(transmissions.dossierPdf(caller.client(), id));
    }

    @GET
    @Path("/{id}/dossier/json")
    @Operation(summary = "Le dossier en JSON (même contenu que le PDF)", description = "Document au schéma versionné du dossier.")
    @APIResponse(responseCode = "200", description = "Le document JSON", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT)))
    public Response dossierJson(@PathParam("id") UUID id) {
        return file(transmissions.dossierJson(caller.client(), id));
    }

    @GET
    @Path("/{id}/pieces")
    @Operation(summary = "Les pièces justificatives du dossier")
    public List<Piece> pieces(@PathParam("id") UUID id) {
        return transmissions.pieces(caller.client(), id);
    }

    @GET
    @Path("/{id}/pieces/{pieceId}")
    @Produces({ "application/pdf", "image/jpeg", "image/png" })
    @Operation(summary = "Télécharger une pièce")
    @APIResponse(responseCode = "200", description = "Le fichier", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response piece(@PathParam("id") UUID id, @PathParam("pieceId") UUID pieceId) {
        TransmissionService.Stream piece = transmissions.piece(caller.client(), id, pieceId);
        StreamingOutput body = out -> {
            try (InputStream in = piece.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, piece.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + piece.filename().replace("\"", "_") + "\"").build();
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accuser réception d'un dossier", description = "Date de réception et votre référence ; à envoyer avec "
            + "un en-tête Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "Accusé de réception enregistré",
            content = @Content(schema = @Schema(implementation = PartnerTransmission.class)))
    public Response acknowledge(@PathParam("id") UUID id,
            @Parameter(description = "Clé unique par requête (UUID) : un renvoi avec la même clé rend la même réponse sans second effet")
            @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") Acknowledgement request) {
        PartnerClient client = caller.client();
        return idempotency.run(client, key, "transmission-ack:" + id, request, 200,
                () -> transmissions.acknowledge(client, id, request));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Transmettre la décision", description = "Accord ou refus, montant, date d'effet, GIR ou plan d'aide "
            + "retenu, motif : la demande passe DECIDEE et le CCAS en est notifié. À envoyer avec un en-tête Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "Décision enregistrée",
            content = @Content(schema = @Schema(implementation = PartnerTransmission.class)))
    public Response decide(@PathParam("id") UUID id,
            @Parameter(description = "Clé unique par requête (UUID)") @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") Decision request) {
        PartnerClient client = caller.client();
        return idempotency.run(client, key, "transmission-decision:" + id, request, 200,
                () -> transmissions.decide(client, id, request));
    }

    private static Response file(TransmissionService.File file) {
        return Response.ok(file.bytes(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"").build();
    }
}
