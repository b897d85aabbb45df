package fr.entraide.organisation;

import fr.entraide.audit.AuditLog;
import fr.entraide.common.Problem;
import fr.entraide.common.ProblemException;
import fr.entraide.organisation.dto.AgentView;
import fr.entraide.organisation.dto.CreateAgentRequest;
import fr.entraide.organisation.dto.PasswordResetRequest;
import fr.entraide.organisation.dto.UpdateAgentRequest;
import fr.entraide.security.CallerScope;
import fr.entraide.security.PasswordHasher;
import fr.entraide.security.RefreshToken;
import fr.entraide.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Administration of the agents of the caller's organisation (ADMIN only). */
@ApplicationScoped
public class AgentAdminService {

    @Inject
    CallerScope caller;

    @Inject
    OrganisationDirectory directory;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<AgentView> list() {
        caller.require(Role.ADMIN);
        UUID organisationId = caller.organisationId();
        return directory.agentViews(organisationId, Agent.<Agent>list("organisationId", organisationId));
    }

    public AgentView get(UUID id) {
        caller.require(Role.ADMIN);
        return directory.agentView(find(id));
    }

    @Transactional
    public AgentView create(CreateAgentRequest request) {
        caller.require(Role.ADMIN);
        UUID organisationId = caller.organisationId();
        Set<Role> roles = EnumSet.copyOf(request.roles());
        Set<String> communes = checkedCommunes(organisationId, roles, request.communes());
        String key = Agent.emailKey(request.email());
        if (Agent.count("emailKey", key) > 0) {
            throw new ProblemException(fr.entraide.common.ProblemType.CONFLICT,
                    "Un compte existe déjà avec cette adresse électronique.",
                    List.of(new Problem.FieldError("email", "Adresse déjà utilisée.")), Map.of());
        }
        Agent agent = new Agent();
        agent.id = UUID.randomUUID();
        agent.organisationId = organisationId;
        agent.email = request.email().trim();
        agent.emailKey = key;
        agent.firstName = request.firstName().trim();
        agent.lastName = request.lastName().trim();
        agent.passwordHash = hasher.hash(request.password());
        agent.roles = roles;
        agent.communes = communes;
        agent.enabled = true;
        agent.createdAt = clock.instant();
        agent.updatedAt = agent.createdAt;
        agent.persist();
        audit.agent(organisationId, caller.agentId(), "AGENT_CREATED", "agent", agent.id.toString(),
                Map.of("roles", roles));
        return directory.agentView(agent);
    }

    @Transactional
    public AgentView update(UUID id, UpdateAgentRequest request) {
        caller.require(Role.ADMIN);
        Agent agent = find(id);
        Set<Role> roles = EnumSet.copyOf(request.roles());
        boolean self = agent.id.equals(caller.agentId());
        if (self && (!roles.contains(Role.ADMIN) || !request.enabled())) {
            throw ProblemException.conflict(
                    "Vous ne pouvez pas retirer votre propre rôle d'administrateur ni désactiver votre propre compte.");
        }
        agent.communes.clear();
        agent.communes.addAll(checkedCommunes(agent.organisationId, roles, request.communes()));
        agent.roles.clear();
        agent.roles.addAll(roles);
        agent.firstName = request.firstName().trim();
        agent.lastName = request.lastName().trim();
        boolean disabling = agent.enabled && !request.enabled();
        agent.enabled = request.enabled();
        agent.updatedAt = clock.instant();
        if (disabling) {
            RefreshToken.revokeAllOf(agent.id, clock.instant());
        }
        audit.agent(agent.organisationId, caller.agentId(), disabling ? "AGENT_DISABLED" : "AGENT_UPDATED", "agent",
                agent.id.toString(), Map.of("roles", roles, "enabled", agent.enabled));
        return directory.agentView(agent);
    }

    @Transactional
    public void resetPassword(UUID id, PasswordResetRequest request) {
        caller.require(Role.ADMIN);
        Agent agent = find(id);
        agent.passwordHash = hasher.hash(request.password());
        agent.updatedAt = clock.instant();
        RefreshToken.revokeAllOf(agent.id, clock.instant());
        audit.agent(agent.organisationId, caller.agentId(), "AGENT_PASSWORD_RESET", "agent", agent.id.toString(), Map.of());
    }

    private Agent find(UUID id) {
        return Agent.findInOrganisation(caller.organisationId(), id)
                .orElseThrow(() -> ProblemException.notFound("Aucun agent de votre organisation n'a cet identifiant."));
    }

    /** ACCUEIL agents need communes of the organisation; other agents have none. */
    private static Set<String> checkedCommunes(UUID organisationId, Set<Role> roles, List<String> requested) {
        List<String> codes = requested == null ? List.of() : requested;
        if (!roles.contains(Role.ACCUEIL)) {
            if (!codes.isEmpty()) {
                throw ProblemException.invalidField("communes",
                        "Seuls les agents d'accueil sont rattachés à des communes.");
            }
            return new HashSet<>();
        }
        if (codes.isEmpty()) {
            throw ProblemException.invalidField("communes",
                    "Un agent d'accueil doit être rattaché à au moins une commune.");
        }
        Set<String> known = new HashSet<>();
        OrganisationCommune.<OrganisationCommune>find("organisationId", organisationId)
                .stream().forEach(c -> known.add(c.inseeCode));
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!known.contains(codes.get(i))) {
                errors.add(new Problem.FieldError("communes[" + i + "]",
                        "La commune " + codes.get(i) + " n'est pas une commune de votre organisation."));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return new HashSet<>(codes);
    }
}
