package fr.entraide.transmission;

import fr.entraide.aidrequest.AidKind;
import fr.entraide.aidrequest.AidRequest;
import fr.entraide.aidrequest.AidRequestService;
import fr.entraide.aidrequest.AidType;
import fr.entraide.aidrequest.workflow.Deadlines;
import fr.entraide.aidrequest.workflow.RequestStatus;
import fr.entraide.audit.AuditLog;
import fr.entraide.beneficiary.Beneficiary;
import fr.entraide.common.Page;
import fr.entraide.common.Problem.FieldError;
import fr.entraide.common.ProblemException;
import fr.entraide.common.pdf.PdfDocumentBuilder;
import fr.entraide.organisation.Organisation;
import fr.entraide.partner.PartnerClient;
import fr.entraide.partner.PartnerType;
import fr.entraide.security.AccessScope;
import fr.entraide.security.CallerScope;
import fr.entraide.security.Role;
import fr.entraide.transmission.dto.TransmissionDtos.BordereauStatus;
import fr.entraide.transmission.dto.TransmissionDtos.BordereauSummary;
import fr.entraide.transmission.dto.TransmissionDtos.BordereauView;
import fr.entraide.transmission.dto.TransmissionDtos.Candidate;
import fr.entraide.transmission.dto.TransmissionDtos.CreateBordereau;
import fr.entraide.transmission.dto.TransmissionDtos.DecisionView;
import fr.entraide.transmission.dto.TransmissionDtos.Line;
import fr.entraide.transmission.dto.TransmissionDtos.Status;
import fr.entraide.transmission.dto.TransmissionDtos.TransmissionView;
import fr.entraide.transmission.outbox.Outbox;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Bordereaux de transmission: ready requests, creation with a number, PDF, sending. */
@ApplicationScoped
public class BordereauService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    CallerScope caller;

    @Inject
    EntityManager em;

    @Inject
    AidRequestService requests;

    @Inject
    DossierVersions dossiers;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Legal-aid requests with their avis and a complete latest dossier, on no bordereau yet. */
    public List<Candidate> candidates(String departement) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.PRESIDENT);
        AccessScope scope = caller.access();
        var clause = scope.clause("r.organisationId", "r.communeCode")
                .and("r.status = :status and r.kind = :kind", Map.of("status", RequestStatus.AVIS_RENDU, "kind", AidKind.LEGAL));
        List<AidRequest> rows = AidRequest.<AidRequest>find("from AidRequest r where " + clause.jpql()
                + " and not exists (select 1 from Transmission t where t.requestId = r.id)",
                Sort.ascending("depositedOn").and("reference"), clause.params()).list();
        LocalDate today = today();
        List<Candidate> out = new ArrayList<>();
        for (AidRequest r : rows) {
            String dep = departementOf(r);
            if (dep == null || departement != null && !departement.equals(dep)) {
                continue;
            }
            Optional<DossierVersions.Version> version = dossiers.latest(r.id);
            if (version.isEmpty() || version.get().draft()) {
                continue;
            }
            AidType type = AidType.findById(r.aidTypeId);
            LocalDate due = r.depositedOn == null ? null : Deadlines.transmissionDue(r.depositedOn);
            out.add(new Candidate(r.id, r.reference, personName(r), type.label, dep, r.avis, r.avisOn, r.depositedOn, due,
                    due == null ? null : Deadlines.daysLeft(due, today), version.get().number()));
        }
        return out;
    }

    @Transactional
    public BordereauView create(CreateBordereau input) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR);
        AccessScope scope = caller.access();
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(input.requestIds()));
        List<FieldError> errors = new ArrayList<>();
        List<AidRequest> chosen = new ArrayList<>();
        List<DossierVersions.Version> versions = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "requestIds[" + i + "]";
            var clause = scope.clause("organisationId", "communeCode").and("id = :id", Map.of("id", ids.get(i)));
            AidRequest r = AidRequest.<AidRequest>find(clause.jpql(), clause.params()).firstResult();
            if (r == null) {
                errors.add(new FieldError(field, "Aucune demande de votre périmètre n'a cet identifiant."));
                continue;
            }
            if (r.kind != AidKind.LEGAL || r.status != RequestStatus.AVIS_RENDU) {
                errors.add(new FieldError(field, "La demande " + r.reference + " n'est pas à transmettre (état " + r.status + ")."));
                continue;
            }
            if (!input.departement().equals(departementOf(r))) {
                errors.add(new FieldError(field, "La demande " + r.reference + " relève d'un autre département."));
                continue;
            }
            if (Transmission.count("requestId", r.id) > 0) {
                errors.add(new FieldError(field, "La demande " + r.reference + " figure déjà sur un bordereau."));
                continue;
            }
            Optional<DossierVersions.Version> version = dossiers.latest(r.id);
            if (version.isEmpty() || version.get().draft()) {
                errors.add(new FieldError(field, "La demande " + r.reference + " n'a pas de dossier complet : générez-le d'abord."));
                continue;
            }
            chosen.add(r);
            versions.add(version.get());
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        int year = today().getYear();
        int seq = ((Number) em.createNativeQuery("insert into bordereau_counter (organisation_id, year, last_number) "
                + "values (?1, ?2, 1) on conflict (organisation_id, year) do update "
                + "set last_number = bordereau_counter.last_number + 1 returning last_number")
                .setParameter(1, scope.organisationId()).setParameter(2, year).getSingleResult()).intValue();
        Bordereau b = new Bordereau();
        b.id = UUID.randomUUID();
        b.organisationId = scope.organisationId();
        b.year = year;
        b.seq = seq;
        b.number = year + "-" + String.format("%04d", seq);
        b.departement = input.departement();
        b.status = BordereauStatus.BROUILLON.name();
        b.createdAt = clock.instant();
        b.createdBy = caller.agentId();
        b.persist();
        for (int i = 0; i < chosen.size(); i++) {
            Transmission t = new Transmission();
            t.id = UUID.randomUUID();
            t.organisationId = b.organisationId;
            t.bordereauId = b.id;
            t.requestId = chosen.get(i).id;
            t.dossierVersionId = versions.get(i).id();
            t.departement = b.departement;
            t.position = i + 1;
            t.status = Status.PREPAREE.name();
            t.persist();
        }
        audit.agent(b.organisationId, caller.agentId(), "BORDEREAU_CREATED", "bordereau", b.id.toString(),
                Map.of("number", b.number, "requests", chosen.size()));
        em.flush();
        return view(b);
    }

    public Page<BordereauSummary> list(BordereauStatus status, int page, int size) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.PRESIDENT);
        Map<String, Object> params = new HashMap<>();
        params.put("org", caller.organisationId());
        String where = "organisationId = :org";
        if (status != null) {
            where += " and status = :status";
            params.put("status", status.name());
        }
        var query = Bordereau.<Bordereau>find(where, Sort.descending("year", "seq"), params);
        return new Page<>(query.page(page, size).list().stream()
                .map(b -> new BordereauSummary(b.id, b.number, b.departement, BordereauStatus.valueOf(b.status), b.createdAt,
                        b.sentOn, Transmission.count("bordereauId", b.id)))
                .toList(), query.count(), page, size);
    }

    public BordereauView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public void delete(UUID id) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR);
        Bordereau b = find(id);
        if (!BordereauStatus.BROUILLON.name().equals(b.status)) {
            throw ProblemException.conflict("Un bordereau envoyé ne peut plus être supprimé.");
        }
        Transmission.delete("bordereauId", b.id);
        b.delete();
        audit.agent(b.organisationId, caller.agentId(), "BORDEREAU_DELETED", "bordereau", b.id.toString(), Map.of("number", b.number));
    }

    /**
     * Sends the bordereau: each request goes TRANSMISE through the workflow with the date of
     * sending, becomes visible to the département's pull API, and an event is written to the
     * outbox for its webhooks, all in one transaction.
     */
    @Transactional
    public BordereauView send(UUID id, LocalDate sentOn) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR);
        Bordereau b = find(id);
        em.lock(b, LockModeType.PESSIMISTIC_WRITE);
        if (!BordereauStatus.BROUILLON.name().equals(b.status)) {
            throw ProblemException.conflict("Ce bordereau a déjà été envoyé le " + b.sentOn.format(DATE) + ".");
        }
        LocalDate date = sentOn != null ? sentOn : today();
        List<Transmission> lines = Transmission.list("bordereauId = ?1 order by position", b.id);
        List<FieldError> errors = new ArrayList<>();
        for (Transmission t : lines) {
            Optional<DossierVersions.Version> latest = dossiers.latest(t.requestId);
            AidRequest r = AidRequest.findById(t.requestId);
            if (latest.isEmpty() || latest.get().draft()) {
                errors.add(new FieldError("lines[" + (t.position - 1) + "]", "Le dossier de la demande " + r.reference
                        + " a une version projet plus récente : générez une version complète."));
            } else {
                t.dossierVersionId = latest.get().id();
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        List<PartnerClient> recipients = PartnerClient.list("organisationId = ?1 and type = ?2 and departement = ?3 and enabled",
                b.organisationId, PartnerType.DEPARTEMENT, b.departement);
        for (Transmission t : lines) {
            AidRequest r = em.find(AidRequest.class, t.requestId, LockModeType.PESSIMISTIC_WRITE);
            requests.transmitWithBordereau(r, date, b.number);
            t.status = Status.ENVOYEE.name();
            t.sentAt = clock.instant();
            t.changeSeq = ((Number) em.createNativeQuery("select nextval('partner_change_seq')").getSingleResult()).longValue();
            for (PartnerClient p : recipients) {
                outbox.publish(b.organisationId, p.id, Outbox.TRANSMISSION_AVAILABLE, Map.of("transmissionId", t.id,
                        "bordereauNumber", b.number, "reference", r.reference));
            }
        }
        b.status = BordereauStatus.ENVOYE.name();
        b.sentOn = date;
        b.sentAt = clock.instant();
        b.sentBy = caller.agentId();
        audit.agent(b.organisationId, caller.agentId(), "BORDEREAU_SENT", "bordereau", b.id.toString(),
                Map.of("number", b.number, "requests", lines.size(), "recipients", recipients.size()));
        em.flush();
        return view(b);
    }

    /** The bordereau as a PDF the agent can print, sign and file. */
    public byte[] pdf(UUID id) {
        Bordereau b = find(id);
        Organisation org = Organisation.findById(b.organisationId);
        try (PdfDocumentBuilder pdf = new PdfDocumentBuilder("Bordereau de transmission " + b.number, org.name,
                "Bordereau n° " + b.number + " — " + org.name)) {
            pdf.title("Bordereau de transmission n° " + b.number);
            pdf.subtitle(org.name + " — au président du conseil départemental (département " + b.departement + ")");
            pdf.row("Date d'envoi", b.sentOn == null ? "En préparation (non envoyé)" : b.sentOn.format(DATE));
            pdf.row("Nombre de dossiers", Long.toString(Transmission.count("bordereauId", b.id)));
            pdf.paragraph("Dossiers de demande d'aide sociale légale transmis avec l'avis du président du CCAS/CIAS "
                    + "(article L123-5 du code de l'action sociale et des familles).");
            for (Transmission t : Transmission.<Transmission>list("bordereauId = ?1 order by position", b.id)) {
                AidRequest r = AidRequest.findById(t.requestId);
                AidType type = AidType.findById(r.aidTypeId);
                DossierVersions.Version v = dossiers.get(t.dossierVersionId);
                pdf.heading(t.position + ". Demande " + r.reference);
                pdf.row("Personne", personName(r));
                pdf.row("Aide demandée", type.label);
                pdf.row("Date de dépôt", r.depositedOn == null ? null : r.depositedOn.format(DATE));
                pdf.row("Avis du président", avis(r.avis) + (r.avisOn == null ? "" : " (" + r.avisOn.format(DATE) + ")"));
                pdf.row("Dossier", "version " + v.number() + " — SHA-256 " + v.pdfSha256());
            }
            pdf.space(16);
            pdf.note("Le département accuse réception de chaque dossier et transmet sa décision par l'API Entraide "
                    + "(/api/partner/transmissions) ; la date d'envoi fait foi pour le délai d'un mois.");
            return pdf.toBytes();
        }
    }

    /** Where the transmission of a request stands, for the request's page. */
    public TransmissionView forRequest(UUID requestId) {
        AidRequest r = requests.find(requestId, caller.access());
        Transmission t = Transmission.find("requestId", r.id).firstResult();
        if (t == null) {
            throw ProblemException.notFound("Cette demande ne figure sur aucun bordereau.");
        }
        Bordereau b = Bordereau.findById(t.bordereauId);
        TransmissionView view = transmissionView(t, b, dossiers.get(t.dossierVersionId).number());
        if (t.decision == null && r.decision != null) {
            // The decision came back another way (a letter) and an agent recorded it on the request.
            return new TransmissionView(view.id(), view.requestId(), view.bordereauId(), view.bordereauNumber(), view.departement(),
                    Status.DECIDEE, view.dossierVersion(), view.sentAt(), view.acknowledgedAt(), view.receivedOn(),
                    view.departementReference(), new DecisionView(r.decision, r.decisionOn, r.grantedAmountCents, r.effectiveOn,
                            null, null, null, null));
        }
        return view;
    }

    static TransmissionView transmissionView(Transmission t, Bordereau b, int dossierVersion) {
        return new TransmissionView(t.id, t.requestId, b.id, b.number, t.departement, Status.valueOf(t.status), dossierVersion,
                t.sentAt, t.acknowledgedAt, t.receivedOn, t.departementReference, decision(t));
    }

    static DecisionView decision(Transmission t) {
        return t.decision == null ? null : new DecisionView(t.decision, t.decidedOn, t.amountCents, t.effectiveOn, t.gir,
                t.planAide, t.motif, t.decidedAt);
    }

    private Bordereau find(UUID id) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.PRESIDENT);
        Bordereau b = Bordereau.find("id = ?1 and organisationId = ?2", id, caller.organisationId()).firstResult();
        if (b == null) {
            throw ProblemException.notFound("Aucun bordereau de votre organisation n'a cet identifiant.");
        }
        return b;
    }

    private BordereauView view(Bordereau b) {
        List<Line> lines = Transmission.<Transmission>list("bordereauId = ?1 order by position", b.id).stream().map(t -> {
            AidRequest r = AidRequest.findById(t.requestId);
            AidType type = AidType.findById(r.aidTypeId);
            return new Line(t.id, t.position, r.id, r.reference, personName(r), type.label, r.avis,
                    dossiers.get(t.dossierVersionId).number(), Status.valueOf(t.status), t.acknowledgedAt, t.departementReference,
                    t.decision, t.decidedOn);
        }).toList();
        return new BordereauView(b.id, b.number, b.departement, BordereauStatus.valueOf(b.status), b.createdAt, b.sentOn,
                b.sentAt, lines, b.version);
    }

    private String departementOf(AidRequest r) {
        if (r.communeCode == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<String> deps = em.createNativeQuery("select departement from organisation_commune where organisation_id = ?1 "
                + "and insee_code = ?2").setParameter(1, r.organisationId).setParameter(2, r.communeCode).getResultList();
        return deps.isEmpty() ? null : deps.get(0);
    }

    static String personName(AidRequest r) {
        Beneficiary b = Beneficiary.findById(r.beneficiaryId);
        return (b.usageName != null ? b.usageName : b.birthName) + " " + b.firstNames;
    }

    private static String avis(String avis) {
        return avis == null ? "—" : "FAVORABLE".equals(avis) ? "Favorable" : "Défavorable";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PARIS);
    }
}
