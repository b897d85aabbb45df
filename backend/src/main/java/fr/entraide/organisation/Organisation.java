package fr.entraide.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A CCAS or a CIAS: the owner of every record and the first key of every scoped query. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    public OrganisationKind kind;

    /** SIREN of the EPCI a CIAS was set up from. */
    @Column(name = "epci_code", length = 9)
    public String epciCode;

    @Column(length = 3)
    public String departement;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Whether the nightly retention job applies its plan (true) or only reports it (false). */
    @Column(name = "retention_automatic", nullable = false)
    public boolean retentionAutomatic;

    /** Letterhead printed on letters: address, phone, opening hours (free text, several lines). */
    public String letterhead;

    /** The département's variant of APA/ASH dossiers, as JSON (see fr.entraide.dossier.DossierVariant). */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(name = "dossier_variant", columnDefinition = "jsonb")
    public String dossierVariant;

    @Version
    public int version;
}
