package fr.entraide.transmission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A bordereau de transmission: the numbered list of dossiers sent together to one département. */
@Entity
@Table(name = "bordereau")
public class Bordereau extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int seq;

    /** e.g. 2026-0007: the seventh bordereau of the organisation in 2026. */
    @Column(nullable = false, length = 20)
    public String number;

    @Column(nullable = false, length = 3)
    public String departement;

    /** BROUILLON or ENVOYE. */
    @Column(nullable = false, length = 10)
    public String status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public UUID createdBy;

    @Column(name = "sent_on")
    public LocalDate sentOn;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "sent_by")
    public UUID sentBy;

    @Version
    public int version;
}
