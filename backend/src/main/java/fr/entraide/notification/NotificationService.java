package fr.entraide.notification;

import fr.entraide.common.Page;
import fr.entraide.common.ProblemException;
import fr.entraide.notification.dto.NotificationView;
import fr.entraide.notification.dto.UnreadCount;
import fr.entraide.security.AccessScope;
import fr.entraide.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Notifications to the agents of an organisation, each read or unread per agent. */
@ApplicationScoped
public class NotificationService {

    @Inject
    CallerScope caller;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Raised in the transaction of the change it reports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(UUID organisationId, String communeCode, String kind, String message, String targetType, UUID targetId) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.organisationId = organisationId;
        n.communeCode = communeCode;
        n.kind = kind;
        n.message = message;
        n.targetType = targetType;
        n.targetId = targetId;
        n.createdAt = clock.instant();
        n.persist();
    }

    public Page<NotificationView> list(boolean unreadOnly, int page, int size) {
        AccessScope scope = caller.access();
        AccessScope.ScopeClause clause = scope.clause("n.organisationId", "n.communeCode");
        Map<String, Object> params = new HashMap<>(clause.params());
        if (unreadOnly) {
            params.put("agent", caller.agentId());
        }
        String unread = unreadOnly ? " and not exists (select 1 from NotificationRead r where r.notificationId = n.id and r.agentId = :agent)" : "";
        String where = "from Notification n where " + clause.jpql() + unread;
        var count = em.createQuery("select count(n) " + where, Long.class);
        var select = em.createQuery("select n " + where + " order by n.createdAt desc, n.id", Notification.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<Notification> rows = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        Set<UUID> read = rows.isEmpty() ? Set.of() : em.createQuery("select r.notificationId from NotificationRead r "
                + "where r.agentId = :agent and r.notificationId in :ids", UUID.class)
                .setParameter("agent", caller.agentId()).setParameter("ids", rows.stream().map(n -> n.id).toList())
                .getResultStream().collect(Collectors.toSet());
        return new Page<>(rows.stream().map(n -> new NotificationView(n.id, n.kind, n.message, n.targetType, n.targetId,
                n.createdAt, read.contains(n.id))).toList(), total, page, size);
    }

    public UnreadCount unreadCount() {
        return new UnreadCount(list(true, 0, 1).total());
    }

    @Transactional
    public void markRead(UUID id) {
        AccessScope scope = caller.access();
        AccessScope.ScopeClause clause = scope.clause("organisationId", "communeCode").and("id = :id", Map.of("id", id));
        if (Notification.count(clause.jpql(), clause.params()) == 0) {
            throw ProblemException.notFound("Aucune notification de votre périmètre n'a cet identifiant.");
        }
        insertRead(List.of(id));
    }

    @Transactional
    public UnreadCount markAllRead() {
        AccessScope scope = caller.access();
        AccessScope.ScopeClause clause = scope.clause("organisationId", "communeCode");
        List<UUID> ids = Notification.<Notification>find(clause.jpql(), clause.params()).stream().map(n -> n.id).toList();
        insertRead(ids);
        return new UnreadCount(0);
    }

    private void insertRead(List<UUID> ids) {
        for (UUID id : ids) {
            em.createNativeQuery("insert into notification_read (notification_id, agent_id, read_at) values (?1, ?2, ?3) "
                    + "on conflict do nothing").setParameter(1, id).setParameter(2, caller.agentId())
                    .setParameter(3, clock.instant()).executeUpdate();
        }
    }
}
