package fr.entraide.beneficiary.retention;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One run of the retention job for one organisation, simulated (DRY_RUN) or applied. */
@Entity
@Table(name = "retention_run")
public class RetentionRun extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false, length = 8)
    public String mode;

    @Column(nullable = false, length = 9)
    public String trigger;

    @Column(name = "agent_id")
    public UUID agentId;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    public Instant finishedAt;

    @Column(name = "archive_before", nullable = false)
    public LocalDate archiveBefore;

    @Column(name = "anonymise_before", nullable = false)
    public Instant anonymiseBefore;

    @Column(name = "archive_count", nullable = false)
    public int archiveCount;

    @Column(name = "anonymise_count", nullable = false)
    public int anonymiseCount;
}
