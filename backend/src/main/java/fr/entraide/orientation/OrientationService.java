package fr.entraide.orientation;

import fr.entraide.audit.AuditLog;
import fr.entraide.beneficiary.Beneficiary;
import fr.entraide.beneficiary.Vocabulary;
import fr.entraide.common.Cursor;
import fr.entraide.common.Page;
import fr.entraide.common.ProblemException;
import fr.entraide.notification.NotificationService;
import fr.entraide.orientation.dto.OrientationDtos.Acknowledgement;
import fr.entraide.orientation.dto.OrientationDtos.Answer;
import fr.entraide.orientation.dto.OrientationDtos.CreateOrientation;
import fr.entraide.orientation.dto.OrientationDtos.PartnerOrientation;
import fr.entraide.orientation.dto.OrientationDtos.Person;
import fr.entraide.orientation.dto.OrientationDtos.Recipient;
import fr.entraide.orientation.dto.OrientationDtos.OrientationView;
import fr.entraide.organisation.Organisation;
import fr.entraide.partner.PartnerClient;
import fr.entraide.partner.PartnerType;
import fr.entraide.security.AccessScope;
import fr.entraide.security.CallerScope;
import fr.entraide.security.Role;
import fr.entraide.transmission.outbox.Outbox;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Orientations of persons to the CAF or the MSA: sent by agents, read and answered by the partner. */
@ApplicationScoped
public class OrientationService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    CallerScope caller;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    // ---------------------------------------------------------------- staff

    public List<Recipient> recipients() {
        caller.access();
        return PartnerClient.<PartnerClient>list("organisationId = ?1 and enabled and type in ?2 order by name",
                caller.organisationId(), List.of(PartnerType.CAF, PartnerType.MSA)).stream()
                .map(p -> new Recipient(p.id, p.name, p.type)).toList();
    }

    @Transactional
    public OrientationView create(CreateOrientation input) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.ACCUEIL);
        AccessScope scope = caller.access();
        if (!Boolean.TRUE.equals(input.consent().given())) {
            throw ProblemException.invalidField("consent.given", "Sans le consentement de la personne, l'orientation ne peut pas "
                    + "être envoyée : ses données ne sont transmises qu'avec son accord.");
        }
        var clause = scope.clause("organisationId", "communeCode").and("id = :id", Map.of("id", input.beneficiaryId()));
        Beneficiary person = Beneficiary.<Beneficiary>find(clause.jpql(), clause.params()).firstResult();
        if (person == null) {
            throw ProblemException.invalidField("beneficiaryId", "Aucune fiche de votre périmètre n'a cet identifiant.");
        }
        if (person.status != Vocabulary.Status.ACTIVE) {
            throw ProblemException.conflict("La fiche de cette personne est archivée : réactivez-la avant de l'orienter.");
        }
        PartnerClient partner = PartnerClient.find("id = ?1 and organisationId = ?2", input.partnerId(), scope.organisationId())
                .firstResult();
        if (partner == null || !partner.enabled || partner.type == PartnerType.DEPARTEMENT) {
            throw ProblemException.invalidField("partnerId", "Le destinataire doit être une CAF ou une MSA active de votre organisation.");
        }
        Orientation o = new Orientation();
        o.id = UUID.randomUUID();
        o.organisationId = scope.organisationId();
        o.changeSeq = nextSeq();
        o.reference = "OR-" + clock.instant().atZone(PARIS).getYear() + "-" + String.format("%06d", o.changeSeq);
        o.beneficiaryId = person.id;
        o.communeCode = person.communeCode;
        o.partnerId = partner.id;
        o.motif = input.motif();
        o.message = input.message().trim();
        o.consentOn = input.consent().on();
        o.consentMode = input.consent().mode();
        o.status = OrientationStatus.ENVOYEE;
        o.createdAt = clock.instant();
        o.createdBy = caller.agentId();
        o.persist();
        audit.agent(o.organisationId, caller.agentId(), "ORIENTATION_SENT", "orientation", o.id.toString(),
                Map.of("partnerId", partner.id, "motif", o.motif, "consentMode", o.consentMode));
        outbox.publish(o.organisationId, partner.id, Outbox.ORIENTATION_RECEIVED, Map.of("orientationId", o.id,
                "reference", o.reference, "motif", o.motif));
        return view(o);
    }

    public Page<OrientationView> list(OrientationStatus status, UUID beneficiaryId, int page, int size) {
        AccessScope scope = caller.access();
        var clause = scope.clause("organisationId", "communeCode");
        Map<String, Object> params = new HashMap<>(clause.params());
        StringBuilder where = new StringBuilder(clause.jpql());
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (beneficiaryId != null) {
            where.append(" and beneficiaryId = :beneficiary");
            params.put("beneficiary", beneficiaryId);
        }
        var query = Orientation.<Orientation>find(where.toString(), Sort.descending("createdAt").and("id"), params);
        return new Page<>(query.page(page, size).list().stream().map(this::view).toList(), query.count(), page, size);
    }

    public OrientationView get(UUID id) {
        AccessScope scope = caller.access();
        var clause = scope.clause("organisationId", "communeCode").and("id = :id", Map.of("id", id));
        Orientation o = Orientation.<Orientation>find(clause.jpql(), clause.params()).firstResult();
        if (o == null) {
            throw ProblemException.notFound("Aucune orientation de votre périmètre n'a cet identifiant.");
        }
        return view(o);
    }

    // ---------------------------------------------------------------- partner

    public Cursor<PartnerOrientation> feed(PartnerClient partner, String since, int limit) {
        long from = Cursor.since(since);
        List<Orientation> rows = Orientation.<Orientation>find("partnerId = ?1 and changeSeq > ?2",
                Sort.ascending("changeSeq"), partner.id, from).page(0, limit + 1).list();
        boolean more = rows.size() > limit;
        List<Orientation> page = more ? rows.subList(0, limit) : rows;
        String next = page.isEmpty() ? Long.toString(from) : Long.toString(page.get(page.size() - 1).changeSeq);
        return new Cursor<>(page.stream().map(this::partnerView).toList(), next, more);
    }

    public PartnerOrientation read(PartnerClient partner, UUID id) {
        return partnerView(owned(partner, id));
    }

    @Transactional
    public PartnerOrientation acknowledge(PartnerClient partner, UUID id, Acknowledgement input) {
        Orientation o = owned(partner, id);
        if (o.status != OrientationStatus.ENVOYEE) {
            throw ProblemException.conflict("Cette orientation a déjà été prise en compte.");
        }
        o.status = OrientationStatus.PRISE_EN_COMPTE;
        o.acknowledgedAt = clock.instant();
        o.partnerReference = input == null || input.reference() == null || input.reference().isBlank() ? null : input.reference().trim();
        audit.partner(o.organisationId, partner.id, "ORIENTATION_ACKNOWLEDGED", "orientation", o.id.toString(), Map.of());
        return partnerView(o);
    }

    @Transactional
    public PartnerOrientation answer(PartnerClient partner, UUID id, Answer input) {
        Orientation o = owned(partner, id);
        if (o.status == OrientationStatus.REPONDUE) {
            throw ProblemException.conflict("Cette orientation a déjà reçu une réponse.");
        }
        if (o.acknowledgedAt == null) {
            o.acknowledgedAt = clock.instant();
        }
        o.status = OrientationStatus.REPONDUE;
        o.answerStatus = input.status();
        o.answerComment = input.comment() == null || input.comment().isBlank() ? null : input.comment().trim();
        o.answeredAt = clock.instant();
        audit.partner(o.organisationId, partner.id, "ORIENTATION_ANSWERED", "orientation", o.id.toString(),
                Map.of("status", input.status()));
        notifications.notify(o.organisationId, o.communeCode, "REPONSE_ORIENTATION", partner.name + " a répondu à l'orientation "
                + o.reference + " : " + label(input.status()) + ".", "orientation", o.id);
        return partnerView(o);
    }

    private Orientation owned(PartnerClient partner, UUID id) {
        if (partner.type == PartnerType.DEPARTEMENT) {
            throw ProblemException.forbidden("Les orientations sont réservées à la CAF et à la MSA.");
        }
        Orientation o = Orientation.find("id = ?1 and partnerId = ?2", id, partner.id).firstResult();
        if (o == null) {
            throw ProblemException.notFound("Aucune orientation qui vous est adressée n'a cet identifiant.");
        }
        return o;
    }

    private long nextSeq() {
        return ((Number) em.createNativeQuery("select nextval('partner_change_seq')").getSingleResult()).longValue();
    }

    private static String label(OrientationOutcome outcome) {
        return switch (outcome) {
            case PRISE_EN_CHARGE -> "prise en charge";
            case DROITS_OUVERTS -> "droits ouverts";
            case DEJA_CONNU -> "personne déjà connue";
            case NON_ELIGIBLE -> "non éligible";
            case SANS_SUITE -> "sans suite";
        };
    }

    private OrientationView view(Orientation o) {
        Beneficiary b = Beneficiary.findById(o.beneficiaryId);
        PartnerClient p = PartnerClient.findById(o.partnerId);
        String name = (b.usageName != null ? b.usageName : b.birthName) + " " + b.firstNames;
        return new OrientationView(o.id, o.reference, o.beneficiaryId, name, new Recipient(p.id, p.name, p.type), o.motif, o.message,
                o.consentOn, o.consentMode, o.status, o.createdAt, o.acknowledgedAt, o.answerStatus, o.answerComment,
                o.answeredAt, o.version);
    }

    private PartnerOrientation partnerView(Orientation o) {
        Beneficiary b = Beneficiary.findById(o.beneficiaryId);
        Organisation org = Organisation.findById(o.organisationId);
        return new PartnerOrientation(o.id, o.reference, org.name,
                new Person(b.birthName, b.usageName, b.firstNames, b.birthDate, b.communeCode), o.motif, o.message,
                o.consentOn, o.consentMode, o.status, o.createdAt, o.acknowledgedAt, o.answerStatus, o.answerComment,
                o.answeredAt);
    }
}
