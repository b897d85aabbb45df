package fr.entraide.partner;

import fr.entraide.common.ProblemException;
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
            client = found;
        }
        return client;
    }
}
