package fr.entraide.organisation;

import fr.entraide.organisation.dto.AgentView;
import fr.entraide.organisation.dto.CommuneView;
import fr.entraide.organisation.dto.OrganisationSummary;
import fr.entraide.security.AccessScope;
import fr.entraide.security.Role;
import fr.entraide.security.dto.Me;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Read-side mapping of organisations, communes and agents to the DTOs of the API. */
@ApplicationScoped
public class OrganisationDirectory {

    public OrganisationSummary summary(UUID organisationId) {
        Organisation organisation = Organisation.findById(organisationId);
        return new OrganisationSummary(organisation.id, organisation.name, organisation.kind);
    }

    /** The communes of the organisation the scope may act on, sorted by name. */
    public List<CommuneView> communesInScope(AccessScope scope) {
        var clause = scope.clause("c.organisationId", "c.inseeCode");
        return OrganisationCommune.<OrganisationCommune>find("from OrganisationCommune c where " + clause.jpql()
                + " order by c.name", clause.params())
                .stream()
                .map(c -> new CommuneView(c.inseeCode, c.name, java.util.Arrays.asList(c.postcodes)))
                .toList();
    }

    public Me me(Agent agent, AccessScope scope) {
        return new Me(agent.id, agent.email, agent.firstName, agent.lastName, sortedRoles(scope.roles()),
                summary(agent.organisationId), communesInScope(scope));
    }

    public List<AgentView> agentViews(UUID organisationId, Collection<Agent> agents) {
        Map<String, String> names = communeNames(organisationId);
        return agents.stream()
                .sorted(Comparator.comparing((Agent a) -> a.lastName.toLowerCase())
                        .thenComparing(a -> a.firstName.toLowerCase()))
                .map(a -> view(a, names))
                .toList();
    }

    public AgentView agentView(Agent agent) {
        return view(agent, communeNames(agent.organisationId));
    }

    private Map<String, String> communeNames(UUID organisationId) {
        return OrganisationCommune.<OrganisationCommune>find("organisationId", organisationId).stream()
                .collect(Collectors.toMap(c -> c.inseeCode, c -> c.name, (a, b) -> a));
    }

    private static AgentView view(Agent agent, Map<String, String> communeNames) {
        List<CommuneView> communes = agent.communes.stream()
                .sorted()
                .map(code -> new CommuneView(code, communeNames.getOrDefault(code, code)))
                .toList();
        return new AgentView(agent.id, agent.email, agent.firstName, agent.lastName, sortedRoles(agent.roles),
                communes, agent.enabled, agent.createdAt, agent.lastLoginAt);
    }

    static List<Role> sortedRoles(Collection<Role> roles) {
        return roles.stream().sorted().toList();
    }
}
