package fr.entraide.organisation;

import fr.entraide.security.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A staff user of one organisation. */
@Entity
@Table(name = "agent")
public class Agent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public String email;

    /** Lower-cased, trimmed e-mail: the login key, unique across the installation. */
    @Column(name = "email_key", nullable = false, unique = true)
    public String emailKey;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(nullable = false)
    public boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agent_role", joinColumns = @JoinColumn(name = "agent_id"))
    @Column(name = "role", length = 20)
    @Enumerated(EnumType.STRING)
    public Set<Role> roles = EnumSet.noneOf(Role.class);

    /** For ACCUEIL agents: the communes (INSEE codes) they may act on. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agent_commune", joinColumns = @JoinColumn(name = "agent_id"))
    @Column(name = "insee_code", length = 5)
    public Set<String> communes = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    @Version
    public int version;

    public static String emailKey(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    public static Optional<Agent> findByEmail(String email) {
        return find("emailKey", emailKey(email)).firstResultOptional();
    }

    public static Optional<Agent> findInOrganisation(UUID organisationId, UUID id) {
        return find("id = ?1 and organisationId = ?2", id, organisationId).firstResultOptional();
    }
}
