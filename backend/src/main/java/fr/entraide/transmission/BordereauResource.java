package fr.entraide.transmission;

import fr.entraide.common.Page;
import fr.entraide.security.Roles;
import fr.entraide.transmission.dto.TransmissionDtos.BordereauStatus;
import fr.entraide.transmission.dto.TransmissionDtos.BordereauSummary;
import fr.entraide.transmission.dto.TransmissionDtos.BordereauView;
import fr.entraide.transmission.dto.TransmissionDtos.Candidate;
import fr.entraide.transmission.dto.TransmissionDtos.CreateBordereau;
import fr.entraide.transmission.dto.TransmissionDtos.SendBordereau;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/bordereaux")
@Tag(name = "Transmission au département", description = "Bordereaux de transmission et suivi des décisions du département")
@RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.PRESIDENT })
@Produces(MediaType.APPLICATION_JSON)
public class BordereauResource {

    @Inject
    BordereauService bordereaux;

    @GET
    @Operation(summary = "Bordereaux de l'organisation", description = "Les plus récents d'abord.")
    public Page<BordereauSummary> list(@QueryParam("status") BordereauStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Page positive.") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Au moins 1.") @Max(value = 100, message = "100 au plus.") int size) {
        return bordereaux.list(status, page, size);
    }

    @GET
    @Path("/candidates")
    @Operation(summary = "Demandes prêtes à transmettre", description = "Aide légale avec avis rendu et dernière version du dossier "
            + "complète, sur aucun bordereau ; délai de transmission le plus proche d'abord.")
    public List<Candidate> candidates(@QueryParam("departement") @Pattern(regexp = "^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$",
            message = "Code de département invalide (ex. 38, 2A, 974).") String departement) {
        return bordereaux.candidates(departement);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR })
    @Operation(summary = "Préparer un bordereau", description = "Numéroté par organisation et par année ; chaque demande doit être "
            + "prête (voir /candidates) et relever du département choisi.")
    @APIResponse(responseCode = "201", description = "Bordereau créé", content = @Content(schema = @Schema(implementation = BordereauView.class)))
    public Response create(@Valid @NotNull(message = "Le corps de la requête est obligatoire.") CreateBordereau request) {
        return Response.status(Response.Status.CREATED).entity(bordereaux.create(request)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Un bordereau et l'état de chacune de ses demandes")
    public BordereauView get(@PathParam("id") UUID id) {
        return bordereaux.get(id);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR })
    @Operation(summary = "Supprimer un bordereau en préparation")
    @APIResponse(responseCode = "204", description = "Supprimé")
    public void delete(@PathParam("id") UUID id) {
        bordereaux.delete(id);
    }

    @POST
    @Path("/{id}/send")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR })
    @Operation(summary = "Envoyer le bordereau", description = "Chaque demande passe TRANSMISE à la date d'envoi ; le département la "
            + "trouve dans son API et ses webhooks sont prévenus.")
    public BordereauView send(@PathParam("id") UUID id, @Valid @NotNull(message = "Le corps de la requête est obligatoire.") SendBordereau request) {
        return bordereaux.send(id, request.sentOn());
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "Le bordereau en PDF")
    @APIResponse(responseCode = "200", description = "Le PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("id") UUID id) {
        BordereauView view = bordereaux.get(id);
        return Response.ok(bordereaux.pdf(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"bordereau-" + view.number() + ".pdf\"").build();
    }
}
