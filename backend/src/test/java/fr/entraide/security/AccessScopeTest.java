package fr.entraide.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one scoping rule, without Quarkus. */
class AccessScopeTest {

    private static final UUID ORG = UUID.randomUUID();

    @Test
    void anAccueilAgentIsRestrictedToItsCommunes() {
        AccessScope scope = new AccessScope(ORG, EnumSet.of(Role.ACCUEIL), Set.of("38005"));

        assertThat(scope.restrictedToCommunes()).isTrue();
        assertThat(scope.mayActOnCommune("38005")).isTrue();
        assertThat(scope.mayActOnCommune("38052")).isFalse();
        AccessScope.ScopeClause clause = scope.clause("b.organisationId", "b.communeCode");
        assertThat(clause.jpql()).isEqualTo("b.organisationId = :scopeOrganisation and b.communeCode in :scopeCommunes");
        assertThat(clause.params()).containsEntry("scopeOrganisation", ORG).containsEntry("scopeCommunes", Set.of("38005"));
    }

    @Test
    void aBroaderRoleLiftsTheCommuneRestriction() {
        for (Role broader : EnumSet.of(Role.ADMIN, Role.INSTRUCTEUR, Role.PRESIDENT)) {
            AccessScope scope = new AccessScope(ORG, EnumSet.of(Role.ACCUEIL, broader), Set.of("38005"));
            assertThat(scope.restrictedToCommunes()).as(broader.name()).isFalse();
            assertThat(scope.mayActOnCommune("38052")).isTrue();
            assertThat(scope.clause("b.organisationId", "b.communeCode").jpql())
                    .isEqualTo("b.organisationId = :scopeOrganisation");
        }
    }

    @Test
    void anAccueilAgentWithoutCommunesSeesNothing() {
        AccessScope scope = new AccessScope(ORG, EnumSet.of(Role.ACCUEIL), Set.of());
        assertThat(scope.clause("b.organisationId", "b.communeCode").jpql()).endsWith("and 1 = 0");
        assertThat(scope.mayActOnCommune("38005")).isFalse();
    }

    @Test
    void entitiesWithoutCommuneAreScopedByOrganisationOnly() {
        AccessScope scope = new AccessScope(ORG, EnumSet.of(Role.ACCUEIL), Set.of("38005"));
        assertThat(scope.clause("a.organisationId", null).jpql()).isEqualTo("a.organisationId = :scopeOrganisation");
    }

    @Test
    void clausesCombineWithTheCallersConditions() {
        AccessScope scope = new AccessScope(ORG, EnumSet.of(Role.INSTRUCTEUR), Set.of());
        var clause = scope.clause("b.organisationId", "b.communeCode").and("b.status = :status", java.util.Map.of("status", "OPEN"));
        assertThat(clause.jpql()).isEqualTo("b.organisationId = :scopeOrganisation and (b.status = :status)");
        assertThat(clause.params()).containsKeys("scopeOrganisation", "status");
    }
}
