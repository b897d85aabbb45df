package fr.entraide.partner;

import fr.entraide.audit.AuditLog;
import fr.entraide.common.ProblemException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import java.util.Map;
import fr.entraide.common.ProblemType;
import fr.entraide.security.Roles;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The calling partner client of the current request, checked against the database. */
@RequestScoped
public class PartnerCaller {

    @Inject
    JsonWebToken jwt;

    @Inject
    PartnerRateLimiter rateLimiter;

    @Inject
    AuditLog audit;

    @Inject
    CurrentVertxRequest request;

    private PartnerClient client;

    public PartnerClient client() {
        if (client == null) {
            if (jwt == null || jwt.getRawToken() == null) {
                throw new UnauthorizedException();
            }
            if (!Roles.PARTNER_TOKEN.equals(jwt.getClaim(Roles.TOKEN_USE_CLAIM))) {
                throw ProblemException.forbidden("Cette opération est réservée aux partenaires.");
            }
            UUID id;
            try {
                id = UUID.fromString(jwt.getClaim(Roles.PARTNER_ID_CLAIM));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new UnauthorizedException();
            }
            PartnerClient found = PartnerClient.findById(id);
            if (found == null || !found.enabled) {
                throw new ProblemException(ProblemType.UNAUTHORIZED, "Ces identifiants de partenaire sont désactivés.");
            }
            var wait = rateLimiter.acquire(found.id, found.rateLimitPerMinute);
            if (wait.isPresent()) {
                throw new ProblemException(ProblemType.RATE_LIMITED, "Limite de débit atteinte pour ce partenaire : réessayez dans "
                        + wait.getAsLong() + " s.", java.util.List.of(), Map.of("Retry-After", Long.toString(wait.getAsLong())));
            }
            audit.partnerAccess(found.organisationId, found.id, method(), path());
            client = found;
        }
        return client;
    }

    private String method() {
        var current = request.getCurrent();
        return current == null ? null : current.request().method().name();
    }

    private String path() {
        var current = request.getCurrent();
        return current == null ? null : current.normalizedPath();
    }
}
