package fr.entraide.transmission;

import fr.entraide.security.Roles;
import fr.entraide.transmission.dto.TransmissionDtos.TransmissionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/aid-requests/{id}/transmission")
@Tag(name = "Transmission au département")
@RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
@Produces(MediaType.APPLICATION_JSON)
public class RequestTransmissionResource {

    @Inject
    BordereauService bordereaux;

    @GET
    @Operation(summary = "Transmission d'une demande", description = "Bordereau, envoi, accusé de réception et décision du "
            + "département ; 404 tant que la demande n'est sur aucun bordereau.")
    public TransmissionView get(@PathParam("id") UUID id) {
        return bordereaux.forRequest(id);
    }
}
