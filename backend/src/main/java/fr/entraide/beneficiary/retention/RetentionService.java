package fr.entraide.beneficiary.retention;

import fr.entraide.audit.AuditLog;
import fr.entraide.beneficiary.NameDictionary;
import fr.entraide.common.ProblemException;
import fr.entraide.organisation.Organisation;
import fr.entraide.security.CallerScope;
import fr.entraide.security.Role;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The retention rule of the CNIL référentiel (délibération 2023-095): a file without contact for
 * {@code entraide.rgpd.active-years} leaves the active base (archived), and an archived file is
 * anonymised after {@code entraide.rgpd.archive-years}. An administrator sees the simulation
 * first; the nightly job only applies the plan once the organisation has switched it on.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int LISTED = 200;

    @ConfigProperty(name = "entraide.rgpd.active-years")
    int activeYears;

    @ConfigProperty(name = "entraide.rgpd.archive-years")
    int archiveYears;

    @Inject
    EntityManager em;

    @Inject
    NameDictionary dictionary;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CallerScope caller;

    @Transactional
    public RetentionReport simulate() {
        caller.require(Role.ADMIN);
        return run(Organisation.findById(caller.organisationId()), false, "MANUAL", caller.agentId());
    }

    @Transactional
    public RetentionReport apply() {
        caller.require(Role.ADMIN);
        requireRecentSimulation(caller.organisationId());
        return run(Organisation.findById(caller.organisationId()), true, "MANUAL", caller.agentId());
    }

    @Transactional
    public RetentionReport setAutomatic(boolean automatic) {
        caller.require(Role.ADMIN);
        if (automatic) {
            requireRecentSimulation(caller.organisationId());
        }
        Organisation organisation = Organisation.findById(caller.organisationId());
        organisation.retentionAutomatic = automatic;
        audit.agent(organisation.id, caller.agentId(), automatic ? "RETENTION_AUTOMATIC_ON" : "RETENTION_AUTOMATIC_OFF",
                "organisation", organisation.id.toString(), Map.of());
        return run(organisation, false, "MANUAL", caller.agentId());
    }

    public List<RetentionRun> runs() {
        caller.require(Role.ADMIN);
        return RetentionRun.<RetentionRun>find("organisationId = ?1 order by startedAt desc", caller.organisationId())
                .page(0, 100).list();
    }

    /** Every night: apply where the organisation allowed it, otherwise leave a simulation report. */
    @Scheduled(cron = "{entraide.rgpd.cron}", identity = "retention", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void nightly() {
        for (Organisation organisation : Organisation.<Organisation>listAll()) {
            RetentionReport report = run(organisation, organisation.retentionAutomatic, "SCHEDULED", null);
            LOG.infof("Retention %s for organisation %s: %d archived, %d anonymised", report.mode(), organisation.id,
                    report.archiveCount(), report.anonymiseCount());
        }
    }

    RetentionReport run(Organisation organisation, boolean applying, String trigger, UUID agentId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, PARIS);
        LocalDate archiveBefore = today.minusYears(activeYears);
        Instant anonymiseBefore = today.minusYears(archiveYears).atStartOfDay(PARIS).toInstant();
        List<RetentionReport.Entry> toArchive = entries("status = 'ACTIVE' and coalesce(last_contact_on, "
                + "(created_at at time zone 'Europe/Paris')::date) < ?2", organisation.id, archiveBefore);
        List<RetentionReport.Entry> toAnonymise = entries("status = 'ARCHIVED' and archived_at < ?2", organisation.id,
                anonymiseBefore);
        int archiveCount = count("status = 'ACTIVE' and coalesce(last_contact_on, (created_at at time zone 'Europe/Paris')::date) < ?2",
                organisation.id, archiveBefore);
        int anonymiseCount = count("status = 'ARCHIVED' and archived_at < ?2", organisation.id, anonymiseBefore);
        if (applying) {
            // Anonymise first, so that a file archived by this very run keeps its archive period.
            anonymiseCount = anonymise(organisation.id, anonymiseBefore, now);
            archiveCount = em.createNativeQuery("update beneficiary set status = 'ARCHIVED', archived_at = ?3, updated_at = ?3, "
                    + "version = version + 1 where organisation_id = ?1 and status = 'ACTIVE' and coalesce(last_contact_on, "
                    + "(created_at at time zone 'Europe/Paris')::date) < ?2")
                    .setParameter(1, organisation.id).setParameter(2, archiveBefore).setParameter(3, now).executeUpdate();
        }
        RetentionRun run = new RetentionRun();
        run.id = UUID.randomUUID();
        run.organisationId = organisation.id;
        run.mode = applying ? "APPLIED" : "DRY_RUN";
        run.trigger = trigger;
        run.agentId = agentId;
        run.startedAt = now;
        run.finishedAt = clock.instant();
        run.archiveBefore = archiveBefore;
        run.anonymiseBefore = anonymiseBefore;
        run.archiveCount = archiveCount;
        run.anonymiseCount = anonymiseCount;
        run.persist();
        Map<String, Object> details = Map.of("mode", run.mode, "trigger", trigger, "archived", archiveCount, "anonymised",
                anonymiseCount);
        if (agentId != null) {
            audit.agent(organisation.id, agentId, "RETENTION_RUN", "retention_run", run.id.toString(), details);
        } else {
            audit.system(organisation.id, "RETENTION_RUN", "retention_run", run.id.toString(), details);
        }
        return new RetentionReport(run.id, run.mode, trigger, now, archiveBefore, anonymiseBefore, archiveCount, anonymiseCount,
                toArchive, toAnonymise, organisation.retentionAutomatic);
    }

    /**
     * Removes what identifies the person and keeps what statistics need (sex, birth year, commune,
     * GIR, family situation). Its history goes too: it holds former values.
     */
    private int anonymise(UUID organisationId, Instant before, Instant now) {
        em.createNativeQuery("delete from beneficiary_change where beneficiary_id in (select id from beneficiary "
                + "where organisation_id = ?1 and status = 'ARCHIVED' and archived_at < ?2)")
                .setParameter(1, organisationId).setParameter(2, before).executeUpdate();
        int anonymised = em.createNativeQuery("""
                update beneficiary set status = 'ANONYMISED', anonymised_at = ?3, updated_at = ?3, version = version + 1,
                    birth_name = 'ANONYME', usage_name = null, first_names = '-',
                    birth_date = make_date(extract(year from birth_date)::int, 1, 1),
                    birth_place_code = null, birth_place_label = null, nir_cipher = null, nir_index = null,
                    phone = null, phone_digits = null, email = null, notes_cipher = null, referent_agent_id = null,
                    duplicate_reason = null,
                    details = jsonb_strip_nulls(jsonb_build_object(
                        'familySituation', details -> 'familySituation',
                        'address', jsonb_build_object('communeCode', details -> 'address' -> 'communeCode'),
                        'gir', jsonb_build_object('level', details -> 'gir' -> 'level')))
                where organisation_id = ?1 and status = 'ARCHIVED' and archived_at < ?2""")
                .setParameter(1, organisationId).setParameter(2, before).setParameter(3, now).executeUpdate();
        if (anonymised > 0) {
            // The search dictionary must not keep the words of names nobody on file bears any more.
            em.createNativeQuery("delete from name_word w where w.organisation_id = ?1 and not exists (select 1 "
                    + "from beneficiary_search s where s.organisation_id = ?1 and s.search_words @@ to_tsquery('simple', "
                    + "quote_literal(w.word)))").setParameter(1, organisationId).executeUpdate();
            dictionary.changed(organisationId);
        }
        return anonymised;
    }

    private void requireRecentSimulation(UUID organisationId) {
        Instant since = clock.instant().minus(Duration.ofDays(7));
        if (RetentionRun.count("organisationId = ?1 and mode = 'DRY_RUN' and startedAt >= ?2", organisationId, since) == 0) {
            throw ProblemException.conflict("Consultez d'abord la simulation (GET /api/admin/retention/preview) : "
                    + "elle montre les fiches qui seront archivées ou anonymisées.");
        }
    }

    private int count(String condition, UUID organisationId, Object bound) {
        return ((Number) em.createNativeQuery("select count(*) from beneficiary where organisation_id = ?1 and " + condition)
                .setParameter(1, organisationId).setParameter(2, bound).getSingleResult()).intValue();
    }

    @SuppressWarnings("unchecked")
    private List<RetentionReport.Entry> entries(String condition, UUID organisationId, Object bound) {
        List<Object[]> rows = em.createNativeQuery("select id, birth_name, first_names, last_contact_on, archived_at "
                + "from beneficiary where organisation_id = ?1 and " + condition + " order by birth_name, first_names limit " + LISTED)
                .setParameter(1, organisationId).setParameter(2, bound).getResultList();
        return rows.stream().map(r -> new RetentionReport.Entry((UUID) r[0], (String) r[1], (String) r[2],
                r[3] == null ? null : r[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[3],
                r[4] == null ? null : r[4] instanceof java.sql.Timestamp t ? t.toInstant()
                        : r[4] instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) r[4]))
                .toList();
    }
}
