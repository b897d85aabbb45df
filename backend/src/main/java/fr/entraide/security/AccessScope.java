package fr.entraide.security;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a caller may see: its organisation, and for a front-desk agent (ACCUEIL and no broader
 * role) only the communes it is assigned to. Every scoped query of the application is built from
 * {@link #clause(String, String)}, so the rule lives in one place.
 */
public record AccessScope(UUID organisationId, Set<Role> roles, Set<String> assignedCommunes) {

    private static final Set<Role> UNRESTRICTED = EnumSet.of(Role.ADMIN, Role.INSTRUCTEUR, Role.PRESIDENT);

    public AccessScope {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        assignedCommunes = Set.copyOf(assignedCommunes);
    }

    /** True when the caller only sees the persons and requests of its assigned communes. */
    public boolean restrictedToCommunes() {
        return roles.stream().noneMatch(UNRESTRICTED::contains);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean mayActOnCommune(String inseeCode) {
        return !restrictedToCommunes() || assignedCommunes.contains(inseeCode);
    }

    /**
     * A JPQL condition restricting an entity to this scope.
     *
     * @param organisationPath path of the organisation id, e.g. {@code b.organisationId}
     * @param communePath path of the commune INSEE code, or null when the entity has no commune
     */
    public ScopeClause clause(String organisationPath, String communePath) {
        Map<String, Object> params = new HashMap<>();
        params.put("scopeOrganisation", organisationId);
        StringBuilder jpql = new StringBuilder(organisationPath).append(" = :scopeOrganisation");
        if (communePath != null && restrictedToCommunes()) {
            if (assignedCommunes.isEmpty()) {
                jpql.append(" and 1 = 0");
            } else {
                jpql.append(" and ").append(communePath).append(" in :scopeCommunes");
                params.put("scopeCommunes", assignedCommunes);
            }
        }
        return new ScopeClause(jpql.toString(), params);
    }

    /** A query fragment and its named parameters, to be combined with the caller's own conditions. */
    public record ScopeClause(String jpql, Map<String, Object> params) {

        public ScopeClause {
            params = Map.copyOf(params);
        }

        public ScopeClause and(String condition, Map<String, Object> moreParams) {
            Map<String, Object> merged = new HashMap<>(params);
            merged.putAll(moreParams);
            return new ScopeClause(jpql + " and (" + condition + ")", merged);
        }

        public ScopeClause and(String condition) {
            return and(condition, Map.of());
        }
    }
}
