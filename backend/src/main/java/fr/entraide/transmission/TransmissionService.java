package fr.entraide.transmission;

import fr.entraide.aidrequest.AidRequest;
import fr.entraide.aidrequest.AidRequestService;
import fr.entraide.aidrequest.AidType;
import fr.entraide.aidrequest.documents.Document;
import fr.entraide.aidrequest.documents.DocumentStore;
import fr.entraide.aidrequest.dto.TransitionRequest;
import fr.entraide.aidrequest.workflow.RequestAction;
import fr.entraide.audit.AuditLog;
import fr.entraide.beneficiary.Beneficiary;
import fr.entraide.common.Cursor;
import fr.entraide.common.Money;
import fr.entraide.common.ProblemException;
import fr.entraide.notification.NotificationService;
import fr.entraide.organisation.Organisation;
import fr.entraide.partner.PartnerClient;
import fr.entraide.partner.PartnerType;
import fr.entraide.transmission.dto.TransmissionDtos.Acknowledgement;
import fr.entraide.transmission.dto.TransmissionDtos.Decision;
import fr.entraide.transmission.dto.TransmissionDtos.Dossier;
import fr.entraide.transmission.dto.TransmissionDtos.PartnerTransmission;
import fr.entraide.transmission.dto.TransmissionDtos.Person;
import fr.entraide.transmission.dto.TransmissionDtos.Piece;
import fr.entraide.transmission.dto.TransmissionDtos.Request;
import fr.entraide.transmission.dto.TransmissionDtos.Status;
import fr.entraide.transmission.outbox.Outbox;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The département's side: what was transmitted to it, the dossier, its acknowledgement and decision. */
@ApplicationScoped
public class TransmissionService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    EntityManager em;

    @Inject
    DossierVersions dossiers;

    @Inject
    DocumentStore store;

    @Inject
    AidRequestService requests;

    @Inject
    NotificationService notifications;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public record File(String filename, String contentType, byte[] bytes) {
    }

    public record Stream(String filename, String contentType, InputStream content) {
    }

    public Cursor<PartnerTransmission> feed(PartnerClient partner, String since, int limit) {
        String departement = departement(partner);
        long from = Cursor.since(since);
        List<Transmission> rows = Transmission.<Transmission>find("organisationId = ?1 and departement = ?2 and changeSeq > ?3",
                Sort.ascending("changeSeq"), partner.organisationId, departement, from).page(0, limit + 1).list();
        boolean more = rows.size() > limit;
        List<Transmission> page = more ? rows.subList(0, limit) : rows;
        String next = page.isEmpty() ? Long.toString(from) : Long.toString(page.get(page.size() - 1).changeSeq);
        return new Cursor<>(page.stream().map(this::view).toList(), next, more);
    }

    public PartnerTransmission get(PartnerClient partner, UUID id) {
        return view(owned(partner, id));
    }

    public File dossierPdf(PartnerClient partner, UUID id) {
        Transmission t = owned(partner, id);
        AidRequest r = AidRequest.findById(t.requestId);
        return new File("dossier-" + r.reference + ".pdf", "application/pdf", dossiers.pdf(t.dossierVersionId));
    }

    public File dossierJson(PartnerClient partner, UUID id) {
        Transmission t = owned(partner, id);
        AidRequest r = AidRequest.findById(t.requestId);
        return new File("dossier-" + r.reference + ".json", "application/json", dossiers.json(t.dossierVersionId));
    }

    public List<Piece> pieces(PartnerClient partner, UUID id) {
        Transmission t = owned(partner, id);
        return Document.<Document>list("requestId = ?1 order by uploadedAt", t.requestId).stream()
                .map(d -> new Piece(d.id, d.pieceCode, d.filename, d.contentType, d.sizeBytes, d.sha256)).toList();
    }

    public Stream piece(PartnerClient partner, UUID id, UUID pieceId) {
        Transmission t = owned(partner, id);
        Document d = Document.find("id = ?1 and requestId = ?2", pieceId, t.requestId).firstResult();
        if (d == null) {
            throw ProblemException.notFound("Aucune pièce de ce dossier n'a cet identifiant.");
        }
        try {
            return new Stream(d.filename, d.contentType, store.get(d.storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public PartnerTransmission acknowledge(PartnerClient partner, UUID id, Acknowledgement input) {
        Transmission t = owned(partner, id);
        em.lock(t, LockModeType.PESSIMISTIC_WRITE);
        if (!Status.ENVOYEE.name().equals(t.status)) {
            throw ProblemException.conflict("L'accusé de réception de ce dossier a déjà été enregistré.");
        }
        t.status = Status.RECUE.name();
        t.acknowledgedAt = clock.instant();
        t.receivedOn = input.receivedOn();
        t.departementReference = blankToNull(input.reference());
        AidRequest r = AidRequest.findById(t.requestId);
        audit.partner(t.organisationId, partner.id, "TRANSMISSION_ACKNOWLEDGED", "transmission", t.id.toString(),
                Map.of("request", r.id.toString()));
        notifications.notify(t.organisationId, r.communeCode, "ACCUSE_RECEPTION_DEPARTEMENT", "Le département " + t.departement
                + " a accusé réception du dossier " + r.reference + " le " + t.receivedOn.format(DATE)
                + (t.departementReference == null ? "" : " (sa référence : " + t.departementReference + ")") + ".",
                "aid_request", r.id);
        outbox.publish(t.organisationId, partner.id, Outbox.ACKNOWLEDGEMENT_RECORDED, Map.of("transmissionId", t.id,
                "reference", r.reference));
        return view(t);
    }

    /** Records the département's decision and moves the request to DECIDEE through the workflow. */
    @Transactional
    public PartnerTransmission decide(PartnerClient partner, UUID id, Decision input) {
        Transmission t = owned(partner, id);
        em.lock(t, LockModeType.PESSIMISTIC_WRITE);
        if (Status.DECIDEE.name().equals(t.status)) {
            throw ProblemException.conflict("La décision sur ce dossier a déjà été enregistrée.");
        }
        if ("ACCORDEE".equals(input.decision()) && input.amountCents() == null) {
            throw ProblemException.invalidField("amountCents", "Le montant accordé est obligatoire pour une décision d'accord.");
        }
        if ("REFUSEE".equals(input.decision()) && (input.motif() == null || input.motif().isBlank())) {
            throw ProblemException.invalidField("motif", "Le motif du refus est obligatoire.");
        }
        AidRequest r = em.find(AidRequest.class, t.requestId, LockModeType.PESSIMISTIC_WRITE);
        requests.recordDepartementDecision(r, new TransitionRequest(RequestAction.ENREGISTRER_DECISION,
                "Décision du département " + t.departement, input.decidedOn(), null, blankToNull(input.motif()),
                input.amountCents(), input.decision(), input.effectiveOn(), null, null, null, null, null), partner.id);
        if (t.acknowledgedAt == null) {
            t.acknowledgedAt = clock.instant();
        }
        t.status = Status.DECIDEE.name();
        t.decision = input.decision();
        t.decidedOn = input.decidedOn();
        t.decidedAt = clock.instant();
        t.amountCents = input.amountCents();
        t.effectiveOn = input.effectiveOn();
        t.gir = input.gir();
        t.planAide = blankToNull(input.planAide());
        t.motif = blankToNull(input.motif());
        AidType type = AidType.findById(r.aidTypeId);
        String what = "ACCORDEE".equals(input.decision())
                ? "a accordé " + type.label + (input.amountCents() == null ? "" : " (" + Money.euros(input.amountCents()) + ")")
                : "a refusé " + type.label;
        notifications.notify(t.organisationId, r.communeCode, "DECISION_DEPARTEMENT", "Le département " + t.departement + " "
                + what + " pour la demande " + r.reference + ".", "aid_request", r.id);
        outbox.publish(t.organisationId, partner.id, Outbox.DECISION_RECORDED, Map.of("transmissionId", t.id,
                "reference", r.reference, "decision", input.decision()));
        return view(t);
    }

    private Transmission owned(PartnerClient partner, UUID id) {
        String departement = departement(partner);
        Transmission t = Transmission.find("id = ?1 and organisationId = ?2 and departement = ?3 and changeSeq is not null",
                id, partner.organisationId, departement).firstResult();
        if (t == null) {
            throw ProblemException.notFound("Aucune transmission adressée à votre département n'a cet identifiant.");
        }
        return t;
    }

    private static String departement(PartnerClient partner) {
        if (partner.type != PartnerType.DEPARTEMENT || partner.departement == null) {
            throw ProblemException.forbidden("Les transmissions sont réservées aux départements.");
        }
        return partner.departement;
    }

    private PartnerTransmission view(Transmission t) {
        AidRequest r = AidRequest.findById(t.requestId);
        AidType type = AidType.findById(r.aidTypeId);
        Beneficiary b = Beneficiary.findById(r.beneficiaryId);
        Bordereau bordereau = Bordereau.findById(t.bordereauId);
        Organisation org = Organisation.findById(t.organisationId);
        DossierVersions.Version v = dossiers.get(t.dossierVersionId);
        return new PartnerTransmission(t.id, org.name, bordereau.number, t.sentAt, Status.valueOf(t.status),
                new Request(r.reference, type.code, type.label, type.legalFamily, r.depositedOn, r.avis, r.avisMotivation, r.avisOn),
                new Person(b.birthName, b.usageName, b.firstNames, b.birthDate, b.communeCode),
                new Dossier(v.number(), v.schemaVersion(), v.pdfSha256(), v.jsonSha256(), Document.count("requestId", r.id)),
                t.acknowledgedAt, t.receivedOn, t.departementReference, BordereauService.decision(t));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
