package fr.entraide.partner;

import fr.entraide.audit.AuditLog;
import fr.entraide.security.Roles;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * A partner token refused by an endpoint's roles (a staff operation, another partner type's
 * operation) never reaches {@link PartnerCaller}: the security layer's failure event is audited
 * here instead, so that every partner access, refused ones included, leaves a trace.
 */
@ApplicationScoped
public class PartnerDeniedAudit {

    private static final Logger LOG = Logger.getLogger(PartnerDeniedAudit.class);

    @Inject
    AuditLog audit;

    void onDenied(@ObservesAsync AuthorizationFailureEvent event) {
        if (event.getSecurityIdentity() == null || !(event.getSecurityIdentity().getPrincipal() instanceof JsonWebToken jwt)
                || !Roles.PARTNER_TOKEN.equals(jwt.getClaim(Roles.TOKEN_USE_CLAIM))) {
            return;
        }
        try {
            UUID partner = UUID.fromString(jwt.getClaim(Roles.PARTNER_ID_CLAIM));
            UUID organisation = UUID.fromString(jwt.getClaim(Roles.ORGANISATION_CLAIM));
            Object method = event.getEventProperties().get(AuthorizationFailureEvent.SECURED_METHOD_KEY);
            audit.partnerDenied(organisation, partner, method == null ? null : method.toString());
        } catch (RuntimeException e) {
            LOG.warn("Refused partner access not audited: " + e.getMessage());
        }
    }
}
