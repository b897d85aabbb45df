package fr.entraide.aidrequest.commission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.aidrequest.AidKind;
import fr.entraide.aidrequest.AidRequest;
import fr.entraide.aidrequest.AidRequestService;
import fr.entraide.aidrequest.AidType;
import fr.entraide.aidrequest.dto.AidRequestSummary;
import fr.entraide.aidrequest.dto.TransitionRequest;
import fr.entraide.aidrequest.workflow.RequestAction;
import fr.entraide.aidrequest.workflow.RequestStatus;
import fr.entraide.audit.AuditLog;
import fr.entraide.beneficiary.Beneficiary;
import fr.entraide.common.ProblemException;
import fr.entraide.common.pdf.PdfDocumentBuilder;
import fr.entraide.organisation.Organisation;
import fr.entraide.security.CallerScope;
import fr.entraide.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Commission sessions: the agenda of facultative requests, decisions one by one or in bulk, the PV. */
@ApplicationScoped
public class CommissionService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    @Inject
    CallerScope caller;

    @Inject
    AidRequestService requests;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public CommissionDtos.SessionView create(CommissionDtos.SessionInput input) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.PRESIDENT);
        CommissionSession session = new CommissionSession();
        session.id = UUID.randomUUID();
        session.organisationId = caller.organisationId();
        session.heldOn = input.heldOn();
        session.title = input.title().trim();
        session.members = json(input.members() == null ? List.of() : input.members());
        session.createdAt = clock.instant();
        session.createdBy = caller.agentId();
        session.persist();
        audit.agent(session.organisationId, caller.agentId(), "COMMISSION_CREATED", "commission_session", session.id.toString(), Map.of());
        return view(session);
    }

    public List<CommissionDtos.SessionView> list() {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.PRESIDENT);
        return CommissionSession.<CommissionSession>list("organisationId = ?1 order by heldOn desc", caller.organisationId()).stream()
                .map(this::view).toList();
    }

    public CommissionDtos.SessionView get(UUID id) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.PRESIDENT);
        return view(find(id));
    }

    @Transactional
    public CommissionDtos.SessionView addToAgenda(UUID sessionId, UUID requestId) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR);
        CommissionSession session = find(sessionId);
        AidRequest request = requests.find(requestId, caller.access());
        if (request.kind != AidKind.FACULTATIVE) {
            throw ProblemException.invalidField("requestId", "Seules les aides facultatives passent en commission.");
        }
        if (request.status == RequestStatus.INSTRUITE) {
            requests.transition(request.id, null, action(RequestAction.INSCRIRE_EN_COMMISSION, null, null, null));
        } else if (request.status != RequestStatus.EN_COMMISSION) {
            throw ProblemException.conflict("La demande doit être instruite (INSTRUITE) pour être inscrite à l'ordre du jour ; elle est "
                    + request.status + ".");
        }
        AidRequest reloaded = AidRequest.findById(request.id);
        reloaded.commissionSessionId = session.id;
        return view(session);
    }

    /** All decisions of a session at once: if one is refused, none is recorded. */
    @Transactional
    public CommissionDtos.SessionView decide(UUID sessionId, CommissionDtos.Decisions input) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.PRESIDENT);
        CommissionSession session = find(sessionId);
        for (int i = 0; i < input.decisions().size(); i++) {
            CommissionDtos.Decision decision = input.decisions().get(i);
            AidRequest request = requests.find(decision.requestId(), caller.access());
            if (!session.id.equals(request.commissionSessionId)) {
                throw ProblemException.invalidField("decisions[" + i + "].requestId", "La demande " + request.reference
                        + " n'est pas à l'ordre du jour de cette séance.");
            }
            RequestAction action = RequestAction.valueOf(decision.decision());
            if (action == RequestAction.REFUSER && (decision.motivation() == null || decision.motivation().isBlank())) {
                throw ProblemException.invalidField("decisions[" + i + "].motivation", "Le motif du refus est obligatoire.");
            }
            try {
                requests.transition(request.id, null, action(action, decision.amountCents(), decision.motivation(),
                        decision.budgetOverrideReason(), session.heldOn));
            } catch (ProblemException e) {
                throw onDecision(e, i, request.reference);
            }
        }
        audit.agent(session.organisationId, caller.agentId(), "COMMISSION_DECISIONS", "commission_session", session.id.toString(),
                Map.of("count", input.decisions().size()));
        return view(session);
    }

    /** A refused decision, its fields named within the batch (decisions[i].amountCents…) and its request named. */
    private static ProblemException onDecision(ProblemException e, int index, String reference) {
        if (e.errors().isEmpty()) {
            return e;
        }
        var errors = e.errors().stream()
                .map(error -> new fr.entraide.common.Problem.FieldError("decisions[" + index + "]." + error.field(), error.message()))
                .toList();
        return new ProblemException(e.type(), "Demande " + reference + " : " + e.detail(), errors, e.headers());
    }

    /** The procès-verbal of the session, as PDF. */
    public byte[] minutes(UUID sessionId) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.PRESIDENT);
        CommissionSession session = find(sessionId);
        Organisation organisation = Organisation.findById(session.organisationId);
        List<AidRequest> agenda = AidRequest.list("commissionSessionId = ?1 order by reference", session.id);
        try (PdfDocumentBuilder pdf = new PdfDocumentBuilder("Procès-verbal " + session.title, organisation.name,
                organisation.name + " — procès-verbal de la séance du " + DATE.format(session.heldOn))) {
            pdf.title("Procès-verbal de la séance du " + DATE.format(session.heldOn));
            pdf.subtitle(organisation.name + " · " + session.title);
            pdf.heading("Membres présents");
            List<String> members = members(session);
            pdf.paragraph(members.isEmpty() ? "—" : String.join(", ", members));
            pdf.heading("Demandes examinées (" + agenda.size() + ")");
            long granted = 0;
            for (AidRequest request : agenda) {
                Beneficiary person = Beneficiary.findById(request.beneficiaryId);
                AidType type = AidType.findById(request.aidTypeId);
                String decision = switch (request.status) {
                    case ACCORDEE, VERSEE -> "Accordée : " + euros(request.grantedAmountCents);
                    case REFUSEE -> "Refusée";
                    default -> "En attente de décision";
                };
                if (request.grantedAmountCents != null && request.status != RequestStatus.REFUSEE) {
                    granted += request.grantedAmountCents;
                }
                pdf.row(request.reference, person.birthName + " " + person.firstNames + " — " + type.label
                        + (request.proposedAmountCents == null ? "" : " — proposé : " + euros(request.proposedAmountCents))
                        + " — " + decision
                        + (request.budgetOverrideReason == null ? "" : " (dépassement budgétaire : " + request.budgetOverrideReason + ")"));
            }
            pdf.heading("Total accordé");
            pdf.paragraph(euros(granted));
            pdf.space(16);
            pdf.note("Décisions prises en application du règlement intérieur des aides facultatives. Chaque décision est notifiée au "
                    + "demandeur avec les voies et délais de recours.");
            return pdf.toBytes();
        }
    }

    private CommissionSession find(UUID id) {
        CommissionSession session = CommissionSession.find("id = ?1 and organisationId = ?2", id, caller.organisationId()).firstResult();
        if (session == null) {
            throw ProblemException.notFound("Aucune séance de votre organisation n'a cet identifiant.");
        }
        return session;
    }

    private CommissionDtos.SessionView view(CommissionSession session) {
        List<AidRequestSummary> agenda = AidRequest.<AidRequest>list("commissionSessionId = ?1 order by reference", session.id).stream()
                .map(requests::summary).toList();
        return new CommissionDtos.SessionView(session.id, session.heldOn, session.title, members(session), agenda);
    }

    private List<String> members(CommissionSession session) {
        try {
            return mapper.readValue(session.members, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TransitionRequest action(RequestAction action, Long amount, String motivation, String override) {
        return action(action, amount, motivation, override, null);
    }

    private static TransitionRequest action(RequestAction action, Long amount, String motivation, String override,
            java.time.LocalDate date) {
        return new TransitionRequest(action, null, date, null, motivation, amount, null, null, null, null, null, override, null);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String euros(Long cents) {
        return cents == null ? "—" : fr.entraide.common.Money.euros(cents);
    }
}
