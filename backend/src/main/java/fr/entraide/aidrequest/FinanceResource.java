package fr.entraide.aidrequest;

import fr.entraide.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Tag(name = "Budget", description = "Budget des aides facultatives : voté, engagé, payé")
@Produces(MediaType.APPLICATION_JSON)
public class FinanceResource {

    @Inject
    BudgetService budget;

    @Inject
    Clock clock;

    @Schema(name = "BudgetVote")
    public record BudgetVote(@NotNull(message = "Le montant voté est obligatoire.") @Min(value = 0, message = "Montant positif.") @Max(value = 10_000_000_000L, message = "Montant trop élevé.") Long votedCents) {
    }

    @GET
    @Path("budget")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.PRESIDENT })
    @Operation(summary = "Budget des aides facultatives d'une année", description = "Par aide : voté, engagé (accordé, pas encore versé), payé, restant.")
    public List<BudgetService.LineView> budget(@QueryParam("year") @Min(value = 2000, message = "Année invalide.") @Max(value = 2100, message = "Année invalide.") Integer year) {
        return budget.lines(year == null ? today().getYear() : year);
    }

    @PUT
    @Path("admin/budget/{year}/{aidTypeId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Voter le budget d'une aide facultative pour une année")
    public BudgetService.LineView vote(@PathParam("year") @Min(value = 2000, message = "Année invalide.") @Max(value = 2100, message = "Année invalide.") int year,
            @PathParam("aidTypeId") UUID aidTypeId, @Valid @NotNull(message = "Le corps de la requête est obligatoire.") BudgetVote request) {
        return budget.vote(year, aidTypeId, request.votedCents());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Paris"));
    }
}
