package fr.entraide.security;

import fr.entraide.common.NativeSql;
import fr.entraide.common.ProblemException;
import fr.entraide.common.ProblemType;
import fr.entraide.organisation.Agent;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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

    private static final String STANDING = "select a.enabled, a.organisation_id, "
            + "(select string_agg(r.role, ',') from agent_role r where r.agent_id = a.id), "
            + "(select string_agg(c.insee_code, ',') from agent_commune c where c.agent_id = a.id) from agent a where a.id = :id";

    @Inject
    NativeSql sql;

    private UUID agentId;
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
        return agentId;
    }

    /** The agent's entity, read when first asked for (most requests only need its id and scope). */
    public Agent agent() {
        access();
        if (agent == null) {
            agent = Agent.findById(agentId);
            if (agent == null) {
                throw new ProblemException(ProblemType.UNAUTHORIZED, "Ce compte est désactivé ou n'existe plus.");
            }
        }
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
        // What every request needs of the agent, in one statement through JDBC (the connection of
        // the request's transaction, if any): no entity to manage, no query to interpret.
        List<Standing> found = sql.query(STANDING, Map.of("id", agentId), rs -> new Standing(rs.getBoolean(1),
                rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)));
        if (found.isEmpty() || !found.get(0).enabled() || !organisationId.equals(found.get(0).organisationId())) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "Ce compte est désactivé ou n'existe plus.");
        }
        String roleList = found.get(0).roles();
        String communeList = found.get(0).communes();
        Set<String> current = split(roleList);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : jwt.getGroups()) {
            for (Role role : Role.values()) {
                if (role.name().equals(group) && current.contains(group)) {
                    roles.add(role);
                }
            }
        }
        this.agentId = agentId;
        access = new AccessScope(organisationId, roles, split(communeList));
    }

    /** The agent as every request checks it: enabled, its organisation, its roles and communes (comma-separated). */
    private record Standing(boolean enabled, UUID organisationId, String roles, String communes) {
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isEmpty() ? Set.of() : Set.copyOf(java.util.Arrays.asList(joined.split(",")));
    }
}
