package fr.entraide.aidrequest;

import fr.entraide.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/aid-requests/{id}/loan")
@Tag(name = "Demandes d'aide")
@Produces(MediaType.APPLICATION_JSON)
public class LoanResource {

    @Inject
    LoanService loans;

    @Inject
    Clock clock;

    @GET
        @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Operation(summary = "Échéancier d'un prêt sans intérêt", description = "Mensualités, remboursements, reste dû, retards.")
    public LoanService.Schedule loan(@PathParam("id") UUID id) {
        return loans.schedule(id, today());
    }

    @POST
    @Path("/repayments")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistrer un remboursement", description = "Imputé sur les mensualités les plus anciennes.")
    public LoanService.Schedule repay(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") LoanService.RepaymentRequest request) {
        return loans.repay(id, request.amountCents(), request.paidOn() == null ? today() : request.paidOn(), today());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Paris"));
    }
}
