package fr.entraide.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** That one agent has read one notification. */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead extends PanacheEntityBase {

    public static class Key implements Serializable {
        public UUID notificationId;
        public UUID agentId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(notificationId, k.notificationId)
                    && java.util.Objects.equals(agentId, k.agentId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(notificationId, agentId);
        }
    }

    @Id
    @Column(name = "notification_id")
    public UUID notificationId;

    @Id
    @Column(name = "agent_id")
    public UUID agentId;

    @Column(name = "read_at", nullable = false)
    public Instant readAt;
}
