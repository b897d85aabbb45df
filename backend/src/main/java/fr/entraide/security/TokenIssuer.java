package fr.entraide.security;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signs the short-lived access tokens of agents and partner clients (RS256). */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    SigningKeys keys;

    @Inject
    Clock clock;

    @ConfigProperty(name = "entraide.jwt.issuer")
    String issuer;

    @ConfigProperty(name = "entraide.jwt.access-token-minutes")
    int accessTokenMinutes;

    @ConfigProperty(name = "entraide.jwt.partner-token-minutes")
    int partnerTokenMinutes;

    public Duration staffTokenLifetime() {
        return Duration.ofMinutes(accessTokenMinutes);
    }

    public Duration partnerTokenLifetime() {
        return Duration.ofMinutes(partnerTokenMinutes);
    }

    public String staffToken(UUID agentId, UUID organisationId, Set<Role> roles) {
        Instant now = clock.instant();
        return Jwt.issuer(issuer)
                .subject(agentId.toString())
                .groups(roles.stream().map(Enum::name).collect(Collectors.toSet()))
                .claim(Roles.ORGANISATION_CLAIM, organisationId.toString())
                .claim(Roles.TOKEN_USE_CLAIM, Roles.STAFF_TOKEN)
                .issuedAt(now)
                .expiresAt(now.plus(staffTokenLifetime()))
                .jws().keyId(keys.keyId())
                .sign(keys.privateKey());
    }

    public String partnerToken(UUID partnerId, UUID organisationId, String partnerType, String departement) {
        Instant now = clock.instant();
        var builder = Jwt.issuer(issuer)
                .subject(partnerId.toString())
                .groups(Set.of(partnerType))
                .claim(Roles.ORGANISATION_CLAIM, organisationId.toString())
                .claim(Roles.TOKEN_USE_CLAIM, Roles.PARTNER_TOKEN)
                .claim(Roles.PARTNER_ID_CLAIM, partnerId.toString())
                .issuedAt(now)
                .expiresAt(now.plus(partnerTokenLifetime()));
        if (departement != null) {
            builder.claim(Roles.DEPARTEMENT_CLAIM, departement);
        }
        return builder.jws().keyId(keys.keyId()).sign(keys.privateKey());
    }
}
