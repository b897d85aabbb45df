package fr.entraide.beneficiary;

import fr.entraide.beneficiary.Vocabulary.Nationality;
import fr.entraide.beneficiary.Vocabulary.Sex;
import fr.entraide.beneficiary.Vocabulary.Status;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person of the beneficiary file. The NIR and the notes are only ever stored encrypted. */
@Entity
@Table(name = "beneficiary")
public class Beneficiary extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Status status;

    @Column(name = "birth_name", nullable = false)
    public String birthName;

    @Column(name = "usage_name")
    public String usageName;

    /** First names in civil-status order, separated by single spaces. */
    @Column(name = "first_names", nullable = false)
    public String firstNames;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    public Sex sex;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(name = "birth_place_code", length = 5)
    public String birthPlaceCode;

    @Column(name = "birth_place_label")
    public String birthPlaceLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Nationality nationality;

    @Column(name = "nir_cipher")
    public byte[] nirCipher;

    @Column(name = "nir_index", length = 64)
    public String nirIndex;

    public String phone;

    /** Digits only, for phone search. */
    @Column(name = "phone_digits", length = 20)
    public String phoneDigits;

    public String email;

    @Column(name = "commune_code", length = 5)
    public String communeCode;

    @Column(name = "outside_territory", nullable = false)
    public boolean outsideTerritory;

    public Short gir;

    @Column(name = "referent_agent_id")
    public UUID referentAgentId;

    @Column(name = "notes_cipher")
    public byte[] notesCipher;

    @Column(name = "rgpd_informed_on")
    public LocalDate rgpdInformedOn;

    @Column(name = "last_contact_on")
    public LocalDate lastContactOn;

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Column(name = "anonymised_at")
    public Instant anonymisedAt;

    /** The lists and sub-records of the person (see BeneficiaryDetails), as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String details;

    @Column(name = "duplicate_reason")
    public String duplicateReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by")
    public UUID updatedBy;

    @Version
    public int version;
}
