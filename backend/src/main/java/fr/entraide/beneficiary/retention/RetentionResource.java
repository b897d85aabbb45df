package fr.entraide.beneficiary.retention;

import fr.entraide.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/retention")
@Tag(name = "Administration : conservation des données", description = "Archivage et anonymisation des fiches (RGPD, référentiel CNIL 2023)")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    RetentionService retention;

    @GET
    @Path("/preview")
    @Operation(summary = "Simuler la purge", description = "Liste les fiches qui seraient archivées (sans contact depuis la durée "
            + "de conservation active) et anonymisées (archivées depuis la durée d'archivage). Rien n'est modifié ; la "
            + "simulation est journalisée.")
    public RetentionReport preview() {
        return retention.simulate();
    }

    @POST
    @Path("/run")
    @Operation(summary = "Appliquer la purge maintenant", description = "Archive puis anonymise. Exige une simulation de moins de 7 jours.")
    @APIResponse(responseCode = "200", description = "Purge appliquée", content = @Content(schema = @Schema(implementation = RetentionReport.class)))
    @APIResponse(responseCode = "409", description = "Aucune simulation récente", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem")))
    public RetentionReport run() {
        return retention.apply();
    }

    @PUT
    @Path("/automatic")
    @Operation(summary = "Laisser le traitement nocturne appliquer la purge", description = "Exige une simulation de moins de 7 jours.")
    public RetentionReport enableAutomatic() {
        return retention.setAutomatic(true);
    }

    @DELETE
    @Path("/automatic")
    @Operation(summary = "Revenir à la simulation seule la nuit")
    public RetentionReport disableAutomatic() {
        return retention.setAutomatic(false);
    }

    @GET
    @Path("/runs")
    @Operation(summary = "Historique des passages (simulations et purges)")
    public List<RetentionRunView> runs() {
        return retention.runs().stream().map(RetentionRunView::of).toList();
    }

    @Schema(name = "RetentionRun")
    public record RetentionRunView(java.util.UUID id, String mode, String trigger, java.util.UUID agentId,
            java.time.Instant startedAt, java.time.LocalDate archiveBefore, java.time.Instant anonymiseBefore, int archiveCount,
            int anonymiseCount) {
        static RetentionRunView of(RetentionRun r) {
            return new RetentionRunView(r.id, r.mode, r.trigger, r.agentId, r.startedAt, r.archiveBefore, r.anonymiseBefore,
                    r.archiveCount, r.anonymiseCount);
        }
    }
}
