package fr.entraide.aidrequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.aidrequest.dto.AidTypeInput;
import fr.entraide.aidrequest.dto.AidTypeView;
import fr.entraide.aidrequest.dto.PieceSpec;
import fr.entraide.audit.AuditLog;
import fr.entraide.common.ProblemException;
import fr.entraide.organisation.Agent;
import fr.entraide.security.CallerScope;
import fr.entraide.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The organisation's catalogue of aids, and who holds a delegation of the président's avis. */
@ApplicationScoped
public class CatalogueService {

    @Inject
    CallerScope caller;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<AidTypeView> list() {
        return AidType.<AidType>list("organisationId = ?1 order by kind, label", caller.organisationId()).stream()
                .map(this::view).toList();
    }

    @Transactional
    public AidTypeView create(AidTypeInput input) {
        caller.require(Role.ADMIN);
        check(input);
        if (AidType.count("organisationId = ?1 and code = ?2", caller.organisationId(), input.code()) > 0) {
            throw ProblemException.conflict("Une aide du catalogue porte déjà le code " + input.code() + ".");
        }
        AidType type = new AidType();
        type.id = UUID.randomUUID();
        type.organisationId = caller.organisationId();
        apply(type, input);
        type.persist();
        audit.agent(type.organisationId, caller.agentId(), "AID_TYPE_CREATED", "aid_type", type.id.toString(), Map.of("code", type.code));
        return view(type);
    }

    @Transactional
    public AidTypeView update(UUID id, AidTypeInput input) {
        caller.require(Role.ADMIN);
        check(input);
        AidType type = AidType.find("id = ?1 and organisationId = ?2", id, caller.organisationId()).firstResult();
        if (type == null) {
            throw ProblemException.notFound("Aucune aide de votre catalogue n'a cet identifiant.");
        }
        if (type.kind != input.kind()) {
            throw ProblemException.invalidField("kind", "Une aide ne change pas de nature : créez-en une nouvelle.");
        }
        if (!type.code.equals(input.code()) && AidType.count("organisationId = ?1 and code = ?2", type.organisationId, input.code()) > 0) {
            throw ProblemException.conflict("Une aide du catalogue porte déjà le code " + input.code() + ".");
        }
        apply(type, input);
        audit.agent(type.organisationId, caller.agentId(), "AID_TYPE_UPDATED", "aid_type", type.id.toString(), Map.of("code", type.code));
        return view(type);
    }

    public List<UUID> delegations() {
        caller.require(Role.ADMIN);
        return AvisDelegation.<AvisDelegation>list("organisationId", caller.organisationId()).stream().map(d -> d.agentId).toList();
    }

    @Transactional
    public void setDelegation(UUID agentId, boolean granted) {
        caller.require(Role.ADMIN);
        if (Agent.findInOrganisation(caller.organisationId(), agentId).isEmpty()) {
            throw ProblemException.notFound("Aucun agent de votre organisation n'a cet identifiant.");
        }
        AvisDelegation existing = AvisDelegation.findById(new AvisDelegation.Key(caller.organisationId(), agentId));
        if (granted && existing == null) {
            AvisDelegation delegation = new AvisDelegation();
            delegation.organisationId = caller.organisationId();
            delegation.agentId = agentId;
            delegation.grantedBy = caller.agentId();
            delegation.grantedAt = clock.instant();
            delegation.persist();
        } else if (!granted && existing != null) {
            existing.delete();
        }
        audit.agent(caller.organisationId(), caller.agentId(), granted ? "AVIS_DELEGATION_GRANTED" : "AVIS_DELEGATION_REVOKED",
                "agent", agentId.toString(), Map.of());
    }

    private static void check(AidTypeInput input) {
        if (input.kind() == AidKind.LEGAL && (input.ceilingCents() != null || input.scale() != null)) {
            throw ProblemException.invalidField("kind", "Plafond et barème ne concernent que les aides facultatives.");
        }
        var codes = new HashSet<String>();
        for (int i = 0; i < input.pieces().size(); i++) {
            if (!codes.add(input.pieces().get(i).code())) {
                throw ProblemException.invalidField("pieces[" + i + "].code", "Ce code de pièce est en double.");
            }
        }
        if (input.scale() != null) {
            long previous = Long.MIN_VALUE;
            for (int i = 0; i < input.scale().brackets().size(); i++) {
                long upTo = input.scale().brackets().get(i).upToCents();
                if (upTo <= previous) {
                    throw ProblemException.invalidField("scale.brackets[" + i + "].upToCents", "Les seuils doivent être croissants.");
                }
                previous = upTo;
            }
        }
    }

    private void apply(AidType type, AidTypeInput input) {
        type.code = input.code();
        type.label = input.label().trim();
        type.kind = input.kind();
        type.legalFamily = input.kind() == AidKind.LEGAL ? input.legalFamily() : null;
        type.ceilingCents = input.ceilingCents();
        type.frequencyMonths = input.frequencyMonths();
        type.active = input.active();
        try {
            type.scale = input.scale() == null ? null : mapper.writeValueAsString(input.scale());
            type.pieces = mapper.writeValueAsString(input.pieces());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    AidTypeView view(AidType t) {
        try {
            return new AidTypeView(t.id, t.code, t.label, t.kind, t.legalFamily, t.ceilingCents, t.frequencyMonths,
                    t.scale == null ? null : mapper.readTree(t.scale),
                    mapper.readValue(t.pieces, new TypeReference<List<PieceSpec>>() { }), t.active);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
