package fr.entraide.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A commune served by an organisation (INSEE COG code + name, copied from the reference data). */
@Entity
@Table(name = "organisation_commune")
@IdClass(OrganisationCommune.Key.class)
public class OrganisationCommune extends PanacheEntityBase {

    @Id
    @Column(name = "organisation_id")
    public UUID organisationId;

    @Id
    @Column(name = "insee_code", length = 5)
    public String inseeCode;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, length = 3)
    public String departement;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] postcodes = new String[0];

    public static class Key implements Serializable {
        public UUID organisationId;
        public String inseeCode;

        public Key() {
        }

        public Key(UUID organisationId, String inseeCode) {
            this.organisationId = organisationId;
            this.inseeCode = inseeCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(organisationId, k.organisationId)
                    && Objects.equals(inseeCode, k.inseeCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, inseeCode);
        }
    }
}
