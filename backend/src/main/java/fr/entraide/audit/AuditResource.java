package fr.entraide.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.audit.dto.AuditEventView;
import fr.entraide.common.Page;
import fr.entraide.security.CallerScope;
import fr.entraide.security.Role;
import fr.entraide.security.Roles;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/audit")
@Tag(name = "Administration : journal", description = "Qui a fait ou consulté quoi, et quand")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    CallerScope caller;

    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(summary = "Consulter le journal d'audit de l'organisation", description = "Du plus récent au plus ancien, filtrable par action et par cible.")
    public Page<AuditEventView> list(
            @QueryParam("action") @Pattern(regexp = "^[A-Z_]{1,60}$", message = "Action invalide (ex. AGENT_CREATED).") String action,
            @QueryParam("targetType") @Size(max = 40, message = "Type de cible trop long.") String targetType,
            @QueryParam("targetId") @Size(max = 100, message = "Identifiant de cible trop long.") String targetId,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "La page commence à 0.") @Max(value = 100000, message = "Page trop grande.") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "Au moins 1.") @Max(value = 200, message = "Au plus 200.") int size) {
        caller.require(Role.ADMIN);
        var clause = caller.access().clause("organisationId", null);
        StringBuilder query = new StringBuilder(clause.jpql());
        Map<String, Object> params = new HashMap<>(clause.params());
        if (action != null) {
            query.append(" and action = :action");
            params.put("action", action);
        }
        if (targetType != null) {
            query.append(" and targetType = :targetType");
            params.put("targetType", targetType);
        }
        if (targetId != null) {
            query.append(" and targetId = :targetId");
            params.put("targetId", targetId);
        }
        var found = AuditEvent.<AuditEvent>find(query.toString(), Sort.descending("occurredAt", "id"), params);
        var items = found.page(page, size).list().stream().map(this::view).toList();
        return new Page<>(items, found.count(), page, size);
    }

    private AuditEventView view(AuditEvent e) {
        try {
            return new AuditEventView(e.id, e.occurredAt, e.actorType, e.actorId, e.action, e.targetType, e.targetId,
                    e.requestId, e.details == null ? null : mapper.readTree(e.details));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
