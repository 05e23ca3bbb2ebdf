package pk.gov.mashwara.notification.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftVisibility;

/**
 * One user's followed drafts that they still see, most recently followed first, from any offset, and counted: the
 * lazy list on the desk asks for arbitrary ranges. The drafts are joined by their entity name, and who sees which
 * is the draft module's {@link DraftVisibility}, so that the database filters before it pages.
 */
@Component
public class FollowQueries {

    /** A followed draft: its id and title, and since when it is followed. */
    public record Followed(long draftId, String title, Instant since) {
    }

    private final EntityManager entityManager;

    FollowQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Followed> newestFirst(long userId, DraftVisibility visibility, int offset, int limit) {
        var parameters = new HashMap<String, Object>();
        var where = where(userId, visibility, parameters);
        if (where == null) {
            return List.of();
        }
        var query = bind(entityManager.createQuery("select f.draftId, d.title, f.createdAt from DraftFollow f, Draft d"
                + " where " + where + " order by f.createdAt desc, f.draftId desc"), parameters);
        var rows = new ArrayList<Followed>();
        for (var o : query.setFirstResult(offset).setMaxResults(limit).getResultList()) {
            var r = (Object[]) o;
            rows.add(new Followed(((Number) r[0]).longValue(), (String) r[1], (Instant) r[2]));
        }
        return rows;
    }

    public long count(long userId, DraftVisibility visibility) {
        var parameters = new HashMap<String, Object>();
        var where = where(userId, visibility, parameters);
        if (where == null) {
            return 0;
        }
        return ((Number) bind(entityManager.createQuery("select count(f) from DraftFollow f, Draft d where " + where),
                parameters).getSingleResult()).longValue();
    }

    /** The user's follows of drafts they see; null when they see none. */
    private static String where(long userId, DraftVisibility visibility, java.util.Map<String, Object> parameters) {
        var where = "d.id = f.draftId and f.userId = :user";
        parameters.put("user", userId);
        if (visibility.everything()) {
            return where;
        }
        var any = new ArrayList<String>();
        if (!visibility.committees().isEmpty()) {
            any.add("d.committeeId in :committees");
            parameters.put("committees", visibility.committees());
        }
        if (visibility.submitted()) {
            any.add("d.submittedAt is not null");
        }
        if (!visibility.sharedDrafts().isEmpty()) {
            any.add("d.id in :shared");
            parameters.put("shared", visibility.sharedDrafts());
        }
        return any.isEmpty() ? null : where + " and (" + String.join(" or ", any) + ")";
    }

    private static Query bind(Query query, java.util.Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
