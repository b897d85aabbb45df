package fr.entraide.notification;

import fr.entraide.common.Page;
import fr.entraide.notification.dto.NotificationView;
import fr.entraide.notification.dto.UnreadCount;
import fr.entraide.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/notifications")
@Tag(name = "Notifications", description = "Décisions du département, réponses de la CAF et de la MSA")
@RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @GET
    @Operation(summary = "Mes notifications", description = "Les plus récentes d'abord, dans mon périmètre.")
    public Page<NotificationView> list(@QueryParam("unreadOnly") @DefaultValue("false") boolean unreadOnly,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Page positive.") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Au moins 1.") @Max(value = 100, message = "100 au plus.") int size) {
        return notifications.list(unreadOnly, page, size);
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "Nombre de notifications non lues")
    public UnreadCount unreadCount() {
        return notifications.unreadCount();
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Marquer une notification comme lue")
    @APIResponse(responseCode = "204", description = "Lue")
    public void markRead(@PathParam("id") UUID id) {
        notifications.markRead(id);
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Tout marquer comme lu")
    public UnreadCount markAllRead() {
        return notifications.markAllRead();
    }
}
