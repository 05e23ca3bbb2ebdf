package pk.gov.mashwara.notification.domain;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/** One user's notifications newest first, from any offset (the lazy list asks for arbitrary ranges). */
@Component
public class NotificationQueries {

    private final EntityManager entityManager;

    NotificationQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Notification> newestFirst(long recipientId, boolean unreadOnly, int offset, int limit) {
        var jpql = "select n from Notification n where n.recipientId = :recipient"
                + (unreadOnly ? " and n.readAt is null" : "") + " order by n.id desc";
        return entityManager.createQuery(jpql, Notification.class).setParameter("recipient", recipientId)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(long recipientId, boolean unreadOnly) {
        var jpql = "select count(n) from Notification n where n.recipientId = :recipient"
                + (unreadOnly ? " and n.readAt is null" : "");
        return entityManager.createQuery(jpql, Long.class).setParameter("recipient", recipientId).getSingleResult();
    }
}
