package fr.entraide.security;

import fr.entraide.common.ProblemException;
import fr.entraide.common.ProblemType;
import fr.entraide.organisation.Agent;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The calling agent of the current request, checked against the database: a disabled agent is
 * refused at once, and a role withdrawn by an administrator stops counting before the access
 * token expires. Services ask it for the {@link AccessScope} of their queries.
 */
@RequestScoped
public class CallerScope {

    @Inject
    JsonWebToken jwt;

    private Agent agent;
    private AccessScope access;

    public AccessScope access() {
        if (access == null) {
            load();
        }
        return access;
    }

    public UUID organisationId() {
        return access().organisationId();
    }

    public UUID agentId() {
        access();
        return agent.id;
    }

    public Agent agent() {
        access();
        return agent;
    }

    /** Refuses the operation unless the caller currently holds one of these roles. */
    public void require(Role... anyOf) {
        AccessScope scope = access();
        for (Role role : anyOf) {
            if (scope.has(role)) {
                return;
            }
        }
        throw ProblemException.forbidden("Votre rôle ne permet pas cette opération.");
    }

    /** The scope an agent has with all its current roles (used right after login). */
    public static AccessScope scopeOf(Agent agent) {
        return new AccessScope(agent.organisationId, agent.roles, agent.communes);
    }

    private void load() {
        if (jwt == null || jwt.getRawToken() == null || jwt.getSubject() == null) {
            throw new UnauthorizedException();
        }
        if (!Roles.STAFF_TOKEN.equals(jwt.getClaim(Roles.TOKEN_USE_CLAIM))) {
            throw ProblemException.forbidden("Cette opération est réservée aux agents.");
        }
        UUID agentId;
        UUID organisationId;
        try {
            agentId = UUID.fromString(jwt.getSubject());
            organisationId = UUID.fromString(jwt.getClaim(Roles.ORGANISATION_CLAIM));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnauthorizedException();
        }
        Agent found = Agent.findById(agentId);
        if (found == null || !found.enabled || !found.organisationId.equals(organisationId)) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "Ce compte est désactivé ou n'existe plus.");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : jwt.getGroups()) {
            for (Role role : found.roles) {
                if (role.name().equals(group)) {
                    roles.add(role);
                }
            }
        }
        agent = found;
        access = new AccessScope(organisationId, roles, found.communes);
    }
}
