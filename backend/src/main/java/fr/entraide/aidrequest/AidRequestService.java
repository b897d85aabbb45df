package fr.entraide.aidrequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.aidrequest.dto.AidRequestSummary;
import fr.entraide.aidrequest.dto.AidRequestView;
import fr.entraide.aidrequest.dto.CreateAidRequest;
import fr.entraide.aidrequest.dto.PieceSpec;
import fr.entraide.aidrequest.dto.PieceStatus;
import fr.entraide.aidrequest.dto.QueueCount;
import fr.entraide.aidrequest.dto.TransitionRequest;
import fr.entraide.aidrequest.workflow.Deadlines;
import fr.entraide.aidrequest.workflow.RequestAction;
import fr.entraide.aidrequest.workflow.RequestStatus;
import fr.entraide.aidrequest.workflow.Workflow;
import fr.entraide.audit.AuditLog;
import fr.entraide.beneficiary.Beneficiary;
import fr.entraide.beneficiary.BeneficiaryDetails;
import fr.entraide.beneficiary.Vocabulary;
import fr.entraide.beneficiary.dto.Parts;
import fr.entraide.common.Page;
import fr.entraide.common.Problem.FieldError;
import fr.entraide.common.ProblemException;
import fr.entraide.common.ProblemType;
import fr.entraide.organisation.Agent;
import fr.entraide.security.AccessScope;
import fr.entraide.security.CallerScope;
import fr.entraide.security.Role;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Aid requests: creation, the enforced workflow, the pièces checklist, the work queues. */
@ApplicationScoped
public class AidRequestService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The work queues of the dashboard. */
    public enum Queue {
        A_INSTRUIRE, EN_ATTENTE_PIECES, A_TRANSMETTRE, EN_COMMISSION, A_VERSER, TOUTES;

        /** The states a request of this queue is in; null for TOUTES (every state). */
        public List<RequestStatus> statuses() {
            return switch (this) {
                case A_INSTRUIRE -> List.of(RequestStatus.BROUILLON, RequestStatus.DEPOSEE, RequestStatus.COMPLETE);
                case EN_ATTENTE_PIECES -> List.of(RequestStatus.INCOMPLETE);
                case A_TRANSMETTRE -> List.of(RequestStatus.AVIS_RENDU);
                case EN_COMMISSION -> List.of(RequestStatus.INSTRUITE, RequestStatus.EN_COMMISSION);
                case A_VERSER -> List.of(RequestStatus.ACCORDEE);
                case TOUTES -> null;
            };
        }
    }

    @Inject
    CallerScope caller;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    fr.entraide.aidrequest.letters.LetterService letters;

    @Inject
    BudgetService budget;

    @Inject
    LoanService loans;

    // ---------------------------------------------------------------- commands

    @Transactional
    public AidRequestView create(CreateAidRequest input) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.ACCUEIL);
        AccessScope scope = caller.access();
        Beneficiary person = beneficiary(input.beneficiaryId(), scope);
        AidType type = AidType.find("id = ?1 and organisationId = ?2", input.aidTypeId(), scope.organisationId()).firstResult();
        if (type == null || !type.active) {
            throw ProblemException.invalidField("aidTypeId", "Cette aide n'est pas au catalogue de votre organisation.");
        }
        if (person.status != Vocabulary.Status.ACTIVE) {
            throw ProblemException.conflict("La fiche de cette personne est archivée : réactivez-la avant de créer une demande.");
        }
        List<FieldError> warnings = new ArrayList<>();
        AidRequest request = new AidRequest();
        request.id = UUID.randomUUID();
        request.organisationId = scope.organisationId();
        request.beneficiaryId = person.id;
        request.communeCode = person.communeCode;
        request.aidTypeId = type.id;
        request.kind = type.kind;
        request.status = workflow(type.kind).initial();
        request.reference = reference();
        request.channel = input.channel();
        request.requestedAmountCents = input.requestedAmountCents();
        if (type.kind == AidKind.FACULTATIVE) {
            request.depositedOn = input.depositedOn() != null ? input.depositedOn() : today();
            frequencyWarning(type, person.id, request.depositedOn).ifPresent(warnings::add);
        }
        List<PieceStatus> pieces = specs(type).stream()
                .map(p -> new PieceStatus(p.code(), p.label(), p.required(), false, null)).toList();
        request.details = json(new RequestDetails(pieces, input.accommodation(), null, null, null));
        request.createdAt = clock.instant();
        request.createdBy = caller.agentId();
        request.updatedAt = request.createdAt;
        request.persist();
        event(request, "CREER", null, request.status, input.comment(), null);
        if (request.kind == AidKind.FACULTATIVE) {
            letters.issue(request, fr.entraide.aidrequest.letters.LetterKind.ACCUSE_RECEPTION, caller.agentId());
        }
        audit.agent(request.organisationId, caller.agentId(), "AID_REQUEST_CREATED", "aid_request", request.id.toString(),
                Map.of("aidType", type.code));
        return view(request, warnings);
    }

    @Transactional
    public AidRequestView transition(UUID id, Integer expectedVersion, TransitionRequest input) {
        AccessScope scope = caller.access();
        AidRequest request = find(id, scope);
        if (expectedVersion != null && expectedVersion != request.version) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "La demande a été modifiée entre-temps (version "
                    + request.version + ") : rechargez-la.");
        }
        Workflow workflow = workflow(request.kind);
        Workflow.Outcome outcome = workflow.apply(request.status, input.action(), scope.roles(), hasAvisDelegation(scope));
        RequestStatus from = request.status;
        List<FieldError> warnings = take(request, outcome, input, caller.agentId());
        audit.agent(request.organisationId, caller.agentId(), "AID_REQUEST_" + input.action().name(), "aid_request",
                request.id.toString(), Map.of("from", from.name(), "to", request.status.name()));
        return view(request, warnings);
    }

    /**
     * Marks a request transmitted as one line of a bordereau the calling agent sends: the same
     * TRANSMETTRE transition as by hand, with the agent's roles.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void transmitWithBordereau(AidRequest request, LocalDate sentOn, String bordereauNumber) {
        AccessScope scope = caller.access();
        Workflow.Outcome outcome = workflow(request.kind).apply(request.status, RequestAction.TRANSMETTRE, scope.roles(), false);
        RequestStatus from = request.status;
        take(request, outcome, new TransitionRequest(RequestAction.TRANSMETTRE, "Bordereau " + bordereauNumber, sentOn, null,
                null, null, null, null, null, null, null, null, null), caller.agentId());
        audit.agent(request.organisationId, caller.agentId(), "AID_REQUEST_TRANSMETTRE", "aid_request", request.id.toString(),
                Map.of("from", from.name(), "to", request.status.name(), "bordereau", bordereauNumber));
    }

    /** The département's decision, posted through the partner API: ENREGISTRER_DECISION, state checked by the workflow. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordDepartementDecision(AidRequest request, TransitionRequest input, UUID partnerId) {
        Workflow.Outcome outcome = workflow(request.kind).applyForDepartement(request.status, input.action());
        RequestStatus from = request.status;
        take(request, outcome, input, null);
        audit.partner(request.organisationId, partnerId, "AID_REQUEST_" + input.action().name(), "aid_request",
                request.id.toString(), Map.of("from", from.name(), "to", request.status.name()));
    }

    /** Applies an allowed transition (or refuses it) and records its event; the caller audits. */
    private List<FieldError> take(AidRequest request, Workflow.Outcome outcome, TransitionRequest input, UUID agentId) {
        if (outcome.refusal() instanceof Workflow.WrongState wrong) {
            throw new ProblemException(ProblemType.CONFLICT, "L'action " + input.action() + " n'est pas possible : la demande est "
                    + wrong.current() + ". Actions possibles dans cet état : "
                    + (wrong.allowed().isEmpty() ? "aucune" : wrong.allowed().stream().map(Enum::name).reduce((a, b) -> a + ", " + b).orElse(""))
                    + ".", List.of(), Map.of());
        }
        if (outcome.refusal() instanceof Workflow.WrongRole) {
            throw ProblemException.forbidden(input.action() == RequestAction.RENDRE_AVIS
                    ? "Seul le président, ou un agent ayant reçu délégation, rend l'avis."
                    : "Votre rôle ne permet pas l'action " + input.action() + ".");
        }
        RequestStatus from = request.status;
        List<FieldError> warnings = new ArrayList<>();
        LocalDate date = input.date() != null ? input.date() : today();
        RequestDetails details = details(request);
        AidType type = AidType.findById(request.aidTypeId);
        switch (input.action()) {
            case DEPOSER -> request.depositedOn = date;
            case DECLARER_COMPLETE -> {
                List<PieceStatus> missing = details.missingRequired();
                if (!missing.isEmpty()) {
                    throw ProblemException.validation(missing.stream()
                            .map(p -> new FieldError("pieces." + p.code(), "Pièce manquante : " + p.label() + "."))
                            .toList());
                }
            }
            case RENDRE_AVIS -> {
                require(input.avis(), "avis", "Indiquez l'avis : FAVORABLE ou DEFAVORABLE.");
                require(input.motivation(), "motivation", "La motivation de l'avis est obligatoire.");
                request.avis = input.avis();
                request.avisMotivation = input.motivation().trim();
                request.avisBy = caller.agentId();
                request.avisOn = date;
                if (!details.missingRequired().isEmpty()) {
                    warnings.add(new FieldError("pieces", "Le dossier est incomplet (" + details.missingRequired().size()
                            + " pièce(s) manquante(s)) : il sera transmis quand même, comme la loi le prévoit."));
                }
            }
            case TRANSMETTRE -> request.transmittedOn = date;
            case ENREGISTRER_DECISION -> {
                require(input.decision(), "decision", "Indiquez la décision : ACCORDEE ou REFUSEE.");
                request.decision = input.decision();
                request.decisionOn = date;
                request.grantedAmountCents = input.amountCents();
                request.effectiveOn = input.effectiveOn();
                if ("REFUSEE".equals(input.decision())) {
                    require(input.motivation(), "motivation", "Le motif du refus est obligatoire.");
                }
            }
            case INSTRUIRE -> {
                Bareme.Result result = bareme(type, request.beneficiaryId);
                long proposed = input.amountCents() != null ? input.amountCents() : result == null ? 0 : result.amountCents();
                checkCeiling(type, proposed, "amountCents");
                request.proposedAmountCents = proposed;
                details = details.withBareme(result == null ? null : result.explanation());
            }
            case ACCORDER -> {
                long granted = input.amountCents() != null ? input.amountCents()
                        : request.proposedAmountCents == null ? 0 : request.proposedAmountCents;
                checkCeiling(type, granted, "amountCents");
                budget.checkGrant(request, granted, date, input.budgetOverrideReason());
                request.grantedAmountCents = granted;
                request.decision = "ACCORDEE";
                request.decisionOn = date;
            }
            case REFUSER -> {
                require(input.motivation(), "motivation", "Le motif du refus est obligatoire (il figure sur la notification).");
                request.decision = "REFUSEE";
                request.decisionOn = date;
            }
            case VERSER -> {
                require(input.paymentMethod(), "paymentMethod", "Indiquez le mode de paiement.");
                details = details.withPayment(input.paymentMethod(), input.paymentReference());
                if (LoanService.isLoan(type)) {
                    loans.schedule(request, date, input.installments() == null ? 10 : input.installments());
                }
            }
            case CLASSER_SANS_SUITE -> {
                require(input.closedReason(), "closedReason", "Indiquez le motif du classement sans suite.");
                request.closedReason = input.closedReason();
            }
            default -> {
            }
        }
        request.status = outcome.next();
        request.details = json(details);
        request.updatedAt = clock.instant();
        Map<String, Object> data = new HashMap<>();
        if (input.avis() != null) {
            data.put("avis", input.avis());
        }
        if (input.amountCents() != null) {
            data.put("amountCents", input.amountCents());
        }
        event(request, agentId, input.action().name(), from, request.status,
                input.motivation() != null ? input.motivation() : input.comment(), data.isEmpty() ? null : data);
        em.flush();
        var letter = switch (input.action()) {
            case DEPOSER -> fr.entraide.aidrequest.letters.LetterKind.ACCUSE_RECEPTION;
            case DECLARER_INCOMPLETE -> fr.entraide.aidrequest.letters.LetterKind.DEMANDE_PIECES;
            case ACCORDER, REFUSER -> fr.entraide.aidrequest.letters.LetterKind.NOTIFICATION_DECISION;
            default -> null;
        };
        if (letter != null) {
            letters.issue(request, letter, agentId);
        }
        return warnings;
    }

    @Transactional
    public AidRequestView markPiece(UUID id, String code, boolean received) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.ACCUEIL);
        AccessScope scope = caller.access();
        AidRequest request = find(id, scope);
        if (!request.status.isOpen()) {
            throw ProblemException.conflict("La demande est close : ses pièces ne changent plus.");
        }
        RequestDetails details = details(request);
        if (details.pieces().stream().noneMatch(p -> p.code().equals(code))) {
            throw ProblemException.notFound("Cette pièce ne fait pas partie de la liste de la demande.");
        }
        List<PieceStatus> pieces = details.pieces().stream()
                .map(p -> p.code().equals(code) ? new PieceStatus(p.code(), p.label(), p.required(), received,
                        received ? today() : null) : p)
                .toList();
        request.details = json(details.withPieces(pieces));
        request.updatedAt = clock.instant();
        event(request, received ? "PIECE_RECUE" : "PIECE_RETIREE", request.status, request.status, code, null);
        return view(request, List.of());
    }

    // ---------------------------------------------------------------- queries

    public AidRequestView get(UUID id) {
        return view(find(id, caller.access()), List.of());
    }

    public Page<AidRequestSummary> list(Queue queue, UUID beneficiaryId, int page, int size) {
        AccessScope scope = caller.access();
        AccessScope.ScopeClause clause = scope.clause("r.organisationId", "r.communeCode");
        StringBuilder where = new StringBuilder("from AidRequest r where ").append(clause.jpql());
        Map<String, Object> params = new HashMap<>(clause.params());
        List<RequestStatus> statuses = queue.statuses();
        if (statuses != null) {
            where.append(" and r.status in :statuses");
            params.put("statuses", statuses);
        }
        if (beneficiaryId != null) {
            where.append(" and r.beneficiaryId = :beneficiary");
            params.put("beneficiary", beneficiaryId);
        }
        // Oldest dépôt first: for legal aid that is also the nearest transmission deadline, overdue first.
        var query = AidRequest.<AidRequest>find(where.toString(), Sort.ascending("depositedOn").and("reference"), params);
        long total = query.count();
        List<AidRequest> rows = query.page(page, size).list();
        Map<UUID, Beneficiary> people = new HashMap<>();
        Map<UUID, AidType> types = new HashMap<>();
        LocalDate today = today();
        List<AidRequestSummary> items = rows.stream().map(r -> summary(r, people, types, today))
                .sorted(Comparator.comparing((AidRequestSummary s) -> s.daysLeft() == null ? Long.MAX_VALUE : s.daysLeft()))
                .toList();
        return new Page<>(items, total, page, size);
    }

    /**
     * How many requests of the caller's scope wait in each work queue, counted in one query
     * (requests per state, then states summed into their queues).
     */
    public List<QueueCount> queueCounts() {
        AccessScope.ScopeClause clause = caller.access().clause("r.organisationId", "r.communeCode");
        var query = em.createQuery("select r.status, count(r) from AidRequest r where " + clause.jpql() + " group by r.status",
                Object[].class);
        clause.params().forEach(query::setParameter);
        Map<RequestStatus, Long> byStatus = new java.util.EnumMap<>(RequestStatus.class);
        for (Object[] row : query.getResultList()) {
            byStatus.put((RequestStatus) row[0], ((Number) row[1]).longValue());
        }
        return java.util.Arrays.stream(Queue.values()).filter(q -> q != Queue.TOUTES)
                .map(q -> new QueueCount(q, q.statuses().stream().mapToLong(s -> byStatus.getOrDefault(s, 0L)).sum()))
                .toList();
    }

    /** A request as a line of a queue or an agenda. */
    public AidRequestSummary summary(AidRequest r) {
        return summary(r, new HashMap<>(), new HashMap<>(), today());
    }

    private AidRequestSummary summary(AidRequest r, Map<UUID, Beneficiary> people, Map<UUID, AidType> types, LocalDate today) {
        Beneficiary b = people.computeIfAbsent(r.beneficiaryId, k -> Beneficiary.findById(k));
        AidType t = types.computeIfAbsent(r.aidTypeId, k -> AidType.findById(k));
        AidRequestView.Deadlines d = deadlines(r, t, today);
        Long amount = r.grantedAmountCents != null ? r.grantedAmountCents
                : r.proposedAmountCents != null ? r.proposedAmountCents : r.requestedAmountCents;
        return new AidRequestSummary(r.id, r.reference, r.beneficiaryId, name(b), t.code, t.label, r.kind, r.status,
                r.depositedOn, d.transmissionDue(), d.daysLeft(), d.overdue(), d.alert(), amount);
    }

    // ---------------------------------------------------------------- helpers

    private AidRequestView view(AidRequest r, List<FieldError> warnings) {
        AccessScope scope = caller.access();
        AidType type = AidType.findById(r.aidTypeId);
        Beneficiary b = Beneficiary.findById(r.beneficiaryId);
        RequestDetails details = details(r);
        List<AidRequestEvent> events = AidRequestEvent.list("requestId = ?1 order by id", r.id);
        Map<UUID, String> names = new HashMap<>();
        events.stream().map(e -> e.agentId).filter(Objects::nonNull).distinct().forEach(agentId -> {
            Agent agent = Agent.findById(agentId);
            names.put(agentId, agent == null ? null : agent.firstName + " " + agent.lastName);
        });
        List<AidRequestView.Event> timeline = events.stream().map(e -> new AidRequestView.Event(e.occurredAt, e.action,
                e.fromStatus == null ? null : RequestStatus.valueOf(e.fromStatus), RequestStatus.valueOf(e.toStatus), e.agentId,
                names.get(e.agentId), e.comment)).toList();
        return new AidRequestView(r.id, r.reference, r.version,
                new AidRequestView.Person(b.id, b.birthName, b.usageName, b.firstNames, b.birthDate, b.communeCode),
                new AidRequestView.AidTypeRef(type.id, type.code, type.label, type.legalFamily), r.kind, r.status,
                workflow(r.kind).allowedFor(r.status, scope.roles(), hasAvisDelegation(scope)), r.depositedOn, r.channel,
                r.requestedAmountCents, r.proposedAmountCents, details.baremeExplanation(), r.grantedAmountCents, r.avis,
                r.avisMotivation, r.avisOn, r.transmittedOn, r.decision, r.decisionOn, r.effectiveOn, r.closedReason,
                details.paymentMethod(), details.paymentReference(), details.accommodation(), r.dossierNoObliges, details.pieces(),
                deadlines(r, type, today()), timeline, warnings, r.createdAt);
    }

    AidRequestView.Deadlines deadlines(AidRequest r, AidType type, LocalDate today) {
        LocalDate due = null;
        LocalDate alertFrom = null;
        Long daysLeft = null;
        boolean overdue = false;
        boolean alert = false;
        if (r.kind == AidKind.LEGAL && r.depositedOn != null) {
            due = Deadlines.transmissionDue(r.depositedOn);
            alertFrom = Deadlines.transmissionAlertFrom(r.depositedOn);
            if (r.transmittedOn == null && r.status.isOpen()) {
                daysLeft = Deadlines.daysLeft(due, today);
                overdue = daysLeft < 0;
                alert = !today.isBefore(alertFrom);
            }
        }
        LocalDate ack = null;
        LocalDate plan = null;
        LocalDate decision = null;
        String family = type.legalFamily == null ? "" : type.legalFamily;
        LocalDate complete = completeOn(r);
        if (family.startsWith("APA") && complete != null) {
            Deadlines.ApaDeadlines apa = Deadlines.apa(complete);
            ack = apa.acknowledgement();
            plan = apa.planProposal();
            decision = apa.decision();
        }
        LocalDate ash = null;
        CreateAidRequest.Accommodation accommodation = details(r).accommodation();
        if (family.startsWith("ASH") && r.depositedOn != null && accommodation != null && accommodation.entryOn() != null) {
            ash = Deadlines.ashEffectiveDate(accommodation.entryOn(), r.depositedOn, accommodation.extended());
        }
        LocalDate emergency = accommodation == null || accommodation.emergencyAdmissionOn() == null ? null
                : Deadlines.emergencyNoticeDue(accommodation.emergencyAdmissionOn());
        return new AidRequestView.Deadlines(due, alertFrom, daysLeft, overdue, alert, ack, plan, decision, ash, emergency);
    }

    private LocalDate completeOn(AidRequest r) {
        AidRequestEvent event = AidRequestEvent.find("requestId = ?1 and toStatus = 'COMPLETE' order by id desc", r.id).firstResult();
        return event == null ? null : LocalDate.ofInstant(event.occurredAt, PARIS);
    }

    private Bareme.Result bareme(AidType type, UUID beneficiaryId) {
        if (type.scale == null) {
            return null;
        }
        try {
            Bareme bareme = mapper.readValue(type.scale, Bareme.class);
            Beneficiary b = Beneficiary.findById(beneficiaryId);
            BeneficiaryDetails d = mapper.readValue(b.details, BeneficiaryDetails.class);
            long resources = d.resources().stream().mapToLong(Parts.Resource::monthlyAmountCents).sum();
            long charges = d.charges().stream().mapToLong(Parts.Charge::monthlyAmountCents).sum();
            boolean couple = d.household().stream().anyMatch(m -> m.relationship() == Vocabulary.HouseholdRelationship.CONJOINT);
            int children = (int) d.household().stream()
                    .filter(m -> m.relationship() == Vocabulary.HouseholdRelationship.ENFANT && m.dependent()).count();
            int others = d.household().size() - children - (couple ? 1 : 0);
            return bareme.apply(new Bareme.Household(resources, charges, couple, children, Math.max(0, others)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkCeiling(AidType type, long amount, String field) {
        if (type.ceilingCents != null && amount > type.ceilingCents) {
            throw ProblemException.invalidField(field, "Le montant dépasse le plafond du règlement pour cette aide ("
                    + fr.entraide.common.Money.euros(type.ceilingCents) + ").");
        }
    }

    private java.util.Optional<FieldError> frequencyWarning(AidType type, UUID beneficiaryId, LocalDate depositedOn) {
        if (type.frequencyMonths == null) {
            return java.util.Optional.empty();
        }
        long recent = AidRequest.count("beneficiaryId = ?1 and aidTypeId = ?2 and status in ?3 and decisionOn >= ?4",
                beneficiaryId, type.id, List.of(RequestStatus.ACCORDEE, RequestStatus.VERSEE),
                depositedOn.minusMonths(type.frequencyMonths));
        return recent == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(new FieldError("aidTypeId", "Une aide « " + type.label + " » a déjà été accordée dans les "
                        + type.frequencyMonths + " derniers mois : le règlement en limite le nombre (la commission peut déroger)."));
    }

    private boolean hasAvisDelegation(AccessScope scope) {
        return AvisDelegation.findById(new AvisDelegation.Key(scope.organisationId(), caller.agentId())) != null;
    }

    private Beneficiary beneficiary(UUID id, AccessScope scope) {
        var clause = scope.clause("organisationId", "communeCode").and("id = :id", Map.of("id", id));
        Beneficiary b = Beneficiary.<Beneficiary>find(clause.jpql(), clause.params()).firstResult();
        if (b == null) {
            throw ProblemException.invalidField("beneficiaryId", "Aucune fiche de votre périmètre n'a cet identifiant.");
        }
        return b;
    }

    public AidRequest find(UUID id, AccessScope scope) {
        var clause = scope.clause("organisationId", "communeCode").and("id = :id", Map.of("id", id));
        AidRequest request = AidRequest.<AidRequest>find(clause.jpql(), clause.params()).firstResult();
        if (request == null) {
            throw ProblemException.notFound("Aucune demande de votre périmètre n'a cet identifiant.");
        }
        return request;
    }

    private void event(AidRequest request, String action, RequestStatus from, RequestStatus to, String comment, Map<String, Object> data) {
        event(request, caller.agentId(), action, from, to, comment, data);
    }

    private void event(AidRequest request, UUID agentId, String action, RequestStatus from, RequestStatus to, String comment,
            Map<String, Object> data) {
        AidRequestEvent event = new AidRequestEvent();
        event.requestId = request.id;
        event.occurredAt = clock.instant();
        event.agentId = agentId;
        event.action = action;
        event.fromStatus = from == null ? null : from.name();
        event.toStatus = to.name();
        event.comment = comment == null || comment.isBlank() ? null : comment.trim();
        event.data = data == null ? null : json(data);
        event.persist();
    }

    private String reference() {
        long number = ((Number) em.createNativeQuery("select nextval('aid_request_number')").getSingleResult()).longValue();
        return today().getYear() + "-" + String.format("%06d", number);
    }

    private static void require(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, message);
        }
    }

    static Workflow workflow(AidKind kind) {
        return kind == AidKind.LEGAL ? Workflow.LEGAL : Workflow.FACULTATIVE;
    }

    private List<PieceSpec> specs(AidType type) {
        try {
            return mapper.readValue(type.pieces, new TypeReference<List<PieceSpec>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private RequestDetails details(AidRequest r) {
        try {
            return mapper.readValue(r.details, RequestDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(Beneficiary b) {
        return b == null ? null : b.usageName != null ? b.usageName + " " + b.firstNames + " (" + b.birthName + ")"
                : b.birthName + " " + b.firstNames;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PARIS);
    }
}
