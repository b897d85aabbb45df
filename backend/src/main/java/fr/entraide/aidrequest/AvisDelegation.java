package fr.entraide.aidrequest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An agent allowed to give the président's avis (delegation, R123-21 CASF). */
@Entity
@Table(name = "avis_delegation")
@IdClass(AvisDelegation.Key.class)
public class AvisDelegation extends PanacheEntityBase {

    @Id
    @Column(name = "organisation_id")
    public UUID organisationId;

    @Id
    @Column(name = "agent_id")
    public UUID agentId;

    @Column(name = "granted_by", nullable = false)
    public UUID grantedBy;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;

    public static class Key implements Serializable {
        public UUID organisationId;
        public UUID agentId;

        public Key() {
        }

        public Key(UUID organisationId, UUID agentId) {
            this.organisationId = organisationId;
            this.agentId = agentId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(organisationId, k.organisationId) && Objects.equals(agentId, k.agentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, agentId);
        }
    }
}
