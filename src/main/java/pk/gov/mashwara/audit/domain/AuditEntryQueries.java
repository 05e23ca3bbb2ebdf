package pk.gov.mashwara.audit.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.audit.AuditQuery;

/** Filtered, paged reads of the audit log, newest first. */
@Component
public class AuditEntryQueries {

    private final EntityManager entityManager;

    AuditEntryQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        var cb = entityManager.getCriteriaBuilder();
        var cq = cb.createQuery(AuditEntry.class);
        var root = cq.from(AuditEntry.class);
        // in the order things happened: listeners record them after commit, not always in that order
        cq.where(predicates(query, cb, root)).orderBy(cb.desc(root.get("occurredAt")), cb.desc(root.get("id")));
        return entityManager.createQuery(cq).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(AuditQuery query) {
        var cb = entityManager.getCriteriaBuilder();
        var cq = cb.createQuery(Long.class);
        var root = cq.from(AuditEntry.class);
        cq.select(cb.count(root)).where(predicates(query, cb, root));
        return entityManager.createQuery(cq).getSingleResult();
    }

    private static Predicate[] predicates(AuditQuery query, CriteriaBuilder cb, Root<AuditEntry> root) {
        var all = new ArrayList<Predicate>();
        if (query.actor() != null && !query.actor().isBlank()) {
            all.add(cb.equal(root.get("actor"), query.actor().strip()));
        }
        if (query.action() != null) {
            all.add(cb.equal(root.get("action"), query.action()));
        }
        if (query.targetType() != null) {
            all.add(cb.equal(root.get("targetType"), query.targetType()));
        }
        if (query.targetId() != null && !query.targetId().isBlank()) {
            all.add(cb.equal(root.get("targetId"), query.targetId().strip()));
        }
        if (query.from() != null) {
            all.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), query.from()));
        }
        if (query.to() != null) {
            all.add(cb.lessThan(root.get("occurredAt"), query.to()));
        }
        if (query.firstId() != null) {
            all.add(cb.greaterThanOrEqualTo(root.get("id"), query.firstId()));
        }
        if (query.lastId() != null) {
            all.add(cb.lessThanOrEqualTo(root.get("id"), query.lastId()));
        }
        return all.toArray(Predicate[]::new);
    }
}
