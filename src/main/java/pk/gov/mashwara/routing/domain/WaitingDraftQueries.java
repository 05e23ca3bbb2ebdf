package pk.gov.mashwara.routing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftVisibility;
import pk.gov.mashwara.draft.Priority;

/**
 * Open drafts in the order of urgency, one page at a time, and counted, all in the database: a list of thousands
 * is never read to show its first rows.
 * <p>
 * No column holds a draft's deadline: it is the close of the office day the state's deadline (working days, shortened
 * by the draft's priority mark) falls on after the draft entered its state (its last routing step into it, else its
 * last change), or during consultations the open step's own due date. Working days cannot be counted in JPQL, so the
 * caller counts them on the office calendar and passes, per state and mark, the moment before which a draft that
 * entered then is overdue now (the due date only grows with the day a draft entered its state) and how many
 * calendar days the deadline spans from today, which orders drafts within their group. Days are added in UTC: the
 * office's zone (Asia/Karachi) has kept one offset since 2009.
 * <p>
 * It reads the drafts by their entity name only, as the draft module's list does: that module knows nothing of
 * routing, and the order needs both. Who may see which draft comes from the draft module's
 * {@link DraftVisibility}, the one statement of that rule.
 */
@Component
public class WaitingDraftQueries {

    /** One waiting draft as the query finds it; {@code since} as defined above. */
    public record Row(long id, String title, long committeeId, String diaryNumber, DraftStatus status,
            Instant updatedAt, Instant since, Priority priority, String fileNumber) {
    }

    /**
     * One state's deadline for drafts of one priority mark, as the query applies it.
     *
     * @param spanDays      the calendar days the deadline spans when the state is entered today, for the order
     * @param overdueBefore a draft that entered the state before this moment is overdue now
     */
    public record DueRule(DraftStatus status, Priority priority, int spanDays, Instant overdueBefore) {
    }

    /** The deadlines of the rule book as they stand at {@code now}; a state missing has none. */
    public record DueRules(Instant now, List<DueRule> rules) {

        public DueRules {
            rules = List.copyOf(rules);
        }
    }

    /**
     * The drafts waiting in one state that a list takes in.
     *
     * @param committees         only drafts of these committees, or null for any
     * @param consultedCommittee only drafts whose open consultation step is with this committee, or null; a
     *                           deciding step (in {@code decidingSteps}) only once its summary is lodged (before, it
     *                           waits for the sponsor)
     * @param decidingSteps      the rule book's deciding steps (the Cabinet, the CCLC), where a summary is lodged
     * @param toLodge            only drafts whose open step is a deciding one without a summary lodged (and not
     *                           returned): the sponsor's turn to lodge it
     * @param notPutUpBy         not the drafts this user put up last (no officer acts on his own case), or null
     * @param notAuthoredBy      not the drafts this user created or uploaded a version of, or null
     * @param notLodgedBy        a deciding step only when this user did not lodge its summary, or null
     */
    public record Waiting(DraftStatus status, Set<Long> committees, Long consultedCommittee, Set<String> decidingSteps,
            boolean toLodge, String notPutUpBy, String notAuthoredBy, String notLodgedBy) {

        public Waiting(DraftStatus status, Set<Long> committees, Long consultedCommittee) {
            this(status, committees, consultedCommittee, Set.of(), false, null, null, null);
        }

        public Waiting {
            decidingSteps = decidingSteps == null ? Set.of() : Set.copyOf(decidingSteps);
        }

        public static Waiting any(DraftStatus status) {
            return new Waiting(status, null, null);
        }
    }

    /** How many drafts in all, and how many of those overdue. */
    public record Counted(long all, long overdue) {
    }

    /** How many drafts, and how many of those overdue, per committee and state. */
    public record Tally(long committeeId, DraftStatus status, long open, long overdue) {
    }

    private static final String SINCE = "coalesce((select max(s.actedAt) from RoutingStep s"
            + " where s.draftId = d.id and s.toStatus = d.status), d.updatedAt)";

    /** The steps of the draft's latest round open now: several when divisions are consulted together. */
    private static final String OPEN_STEPS = " from Consultation c where c.draftId = d.id and c.openedAt is not null"
            + " and c.recordedAt is null"
            + " and c.round = (select max(r.round) from Consultation r where r.draftId = d.id)";

    /** A summary lodged, and not returned, for the open step {@code c}. */
    private static final String LODGED = "exists (select ls.id from CabinetSummary ls where ls.consultationId = c.id"
            + " and ls.returnedAt is null)";

    /** The action whose latest actor a draft's {@code not-by: [put-up]} names. */
    private static final String PUT_UP = "put-up";

    /** When the first of the open steps falls due (as Deadlines does). */
    private static final String EARLIEST_OPEN_DUE = "(select min(c.dueAt)" + OPEN_STEPS + ")";

    private final EntityManager entityManager;

    WaitingDraftQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The waiting drafts, overdue first and the longest overdue at the top, then the nearest deadline, then those
     * without one; within each, the longest waiting first, then by id.
     *
     * @param deadlineDays each state's deadline in days; a state missing has none
     */
    public List<Row> page(DraftVisibility visibility, List<Waiting> waiting, DueRules deadlineDays,
            int offset, int limit) {
        var built = new Built(visibility, waiting, deadlineDays);
        if (built.none) {
            return List.of();
        }
        var due = built.due;
        var jpql = "select d.id, d.title, d.committeeId, d.diaryNumber, d.status, d.updatedAt, " + SINCE
                + ", d.priority, d.fileNumber from Draft d where " + built.where
                // the most urgent mark first (the flag on the file), then overdue before the rest, then the
                // nearest deadline, then the longest waiting
                + " order by " + built.urgency + ", case when " + built.overdue + " then 0 else 1 end"
                + ", case when " + due + " is null then 1 else 0 end, " + due + ", " + SINCE + ", d.id";
        var query = built.bind(entityManager.createQuery(jpql));
        query.setFirstResult(offset).setMaxResults(limit);
        var rows = new ArrayList<Row>();
        for (var o : query.getResultList()) {
            var r = (Object[]) o;
            rows.add(new Row(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                    (DraftStatus) r[4], (Instant) r[5], (Instant) r[6], (Priority) r[7], (String) r[8]));
        }
        return rows;
    }

    /** How many waiting drafts there are, and how many of them are overdue at {@code now}. */
    public Counted count(DraftVisibility visibility, List<Waiting> waiting, DueRules deadlineDays,
            Instant now) {
        var built = new Built(visibility, waiting, deadlineDays);
        if (built.none) {
            return new Counted(0, 0);
        }
        long all = ((Number) built.bind(entityManager.createQuery("select count(d) from Draft d where " + built.where))
                .getSingleResult()).longValue();
        long overdue = all == 0 ? 0 : ((Number) built.bind(entityManager.createQuery("select count(d) from Draft d where "
                + built.where + " and " + built.overdue)).getSingleResult())
                .longValue();
        return new Counted(all, overdue);
    }

    /** The waiting drafts counted per committee and state, with the overdue ones at {@code now}. */
    public List<Tally> tally(DraftVisibility visibility, List<Waiting> waiting, DueRules deadlineDays,
            Instant now) {
        var built = new Built(visibility, waiting, deadlineDays);
        if (built.none) {
            return List.of();
        }
        var group = " group by d.committeeId, d.status";
        var overdue = new HashMap<List<Object>, Long>();
        for (var o : built.bind(entityManager.createQuery("select d.committeeId, d.status, count(d) from Draft d where "
                + built.where + " and " + built.overdue + group)).getResultList()) {
            var r = (Object[]) o;
            overdue.put(List.of(r[0], r[1]), ((Number) r[2]).longValue());
        }
        var tallies = new ArrayList<Tally>();
        for (var o : built.bind(entityManager.createQuery("select d.committeeId, d.status, count(d) from Draft d where "
                + built.where + group)).getResultList()) {
            var r = (Object[]) o;
            tallies.add(new Tally(((Number) r[0]).longValue(), (DraftStatus) r[1], ((Number) r[2]).longValue(),
                    overdue.getOrDefault(List.of(r[0], r[1]), 0L)));
        }
        return tallies;
    }

    /** The where clause and its parameters, for one user and one list. */
    private static final class Built {

        final Map<String, Object> parameters = new HashMap<>();
        final DueRules deadlineDays;
        final String where;
        final String due;
        final String overdue;
        final String urgency;
        final boolean none;

        Built(DraftVisibility visibility, List<Waiting> waiting, DueRules deadlineDays) {
            this.deadlineDays = deadlineDays;
            var seen = seen(visibility);
            none = seen == null || waiting.isEmpty();
            if (none) {
                where = null;
                due = null;
                overdue = null;
                urgency = null;
                return;
            }
            var states = new ArrayList<String>();
            for (int i = 0; i < waiting.size(); i++) {
                var w = waiting.get(i);
                var clause = new StringBuilder("d.status = :st" + i);
                parameters.put("st" + i, w.status());
                if (w.committees() != null) {
                    clause.append(" and d.committeeId in :sc").append(i);
                    parameters.put("sc" + i, nonEmpty(w.committees()));
                }
                if (w.consultedCommittee() != null) {
                    clause.append(" and exists (select c.id").append(OPEN_STEPS).append(" and c.committeeId = :cc")
                            .append(i);
                    if (!w.decidingSteps().isEmpty()) {
                        // a deciding body waits only once the summary is before it
                        clause.append(" and (c.step not in :ds").append(i).append(" or ").append(LODGED);
                        if (w.notLodgedBy() != null) {
                            // not before the officer who lodged it: another officer of the Division decides
                            clause.append(" and not exists (select lb.id from CabinetSummary lb where")
                                    .append(" lb.consultationId = c.id and lb.returnedAt is null and lb.lodgedBy = :lb")
                                    .append(i).append(")");
                            parameters.put("lb" + i, w.notLodgedBy());
                        }
                        clause.append(")");
                        parameters.put("ds" + i, w.decidingSteps());
                    }
                    clause.append(")");
                    parameters.put("cc" + i, w.consultedCommittee());
                }
                if (w.toLodge()) {
                    clause.append(" and exists (select c.id").append(OPEN_STEPS).append(" and c.step in :ls").append(i)
                            .append(" and not ").append(LODGED).append(")");
                    parameters.put("ls" + i, nonEmptySteps(w.decidingSteps()));
                }
                if (w.notPutUpBy() != null) {
                    // the latest put-up is not his
                    clause.append(" and not exists (select p.id from RoutingStep p where p.draftId = d.id")
                            .append(" and p.action = :pu and p.actor = :pb").append(i)
                            .append(" and p.id = (select max(p2.id) from RoutingStep p2 where p2.draftId = d.id")
                            .append(" and p2.action = :pu))");
                    parameters.put("pu", PUT_UP);
                    parameters.put("pb" + i, w.notPutUpBy());
                }
                if (w.notAuthoredBy() != null) {
                    clause.append(" and d.createdBy <> :ab").append(i)
                            .append(" and not exists (select v.id from DraftVersion v where v.draft = d")
                            .append(" and v.uploadedBy = :ab").append(i).append(")");
                    parameters.put("ab" + i, w.notAuthoredBy());
                }
                states.add("(" + clause + ")");
            }
            where = (seen.isEmpty() ? "" : "(" + seen + ") and ") + "(" + String.join(" or ", states) + ")";
            due = dueExpression();
            overdue = overdueCondition();
            urgency = urgencyExpression();
        }

        /** The visibility rule as a condition: "" for everything, null for nothing. */
        private String seen(DraftVisibility visibility) {
            if (visibility.everything()) {
                return "";
            }
            var any = new ArrayList<String>();
            if (!visibility.committees().isEmpty()) {
                any.add("d.committeeId in :visibleCommittees");
                parameters.put("visibleCommittees", visibility.committees());
            }
            if (visibility.submitted()) {
                any.add("d.submittedAt is not null");
            }
            if (!visibility.sharedDrafts().isEmpty()) {
                any.add("d.id in :sharedDrafts");
                parameters.put("sharedDrafts", visibility.sharedDrafts());
            }
            return any.isEmpty() ? null : String.join(" or ", any);
        }

        /**
         * When the draft falls due, for the order within its group, or null: exact during consultations (the open
         * step's due date), else the deadline's span from today added to when the draft entered its state.
         */
        private String dueExpression() {
            var cases = new StringBuilder("case when d.status = :consultations then ").append(EARLIEST_OPEN_DUE);
            parameters.put("consultations", DraftStatus.CONSULTATIONS);
            int i = 0;
            for (var rule : deadlineDays.rules()) {
                if (rule.status() == DraftStatus.CONSULTATIONS) {
                    continue;
                }
                // a whole number of days counted from the rules, never user input
                cases.append(" when d.status = :dl").append(i).append(" and d.priority = :dp").append(i)
                        .append(" then ").append(SINCE).append(" + ").append(rule.spanDays()).append(" day");
                parameters.put("dl" + i, rule.status());
                parameters.put("dp" + i, rule.priority());
                i++;
            }
            return cases.append(" else null end").toString();
        }

        /** Whether the draft is overdue now: the same rule as the routing's Deadlines, in working days. */
        private String overdueCondition() {
            var any = new StringBuilder("(d.status = :consultations and ").append(EARLIEST_OPEN_DUE)
                    .append(" < :overdueNow)");
            parameters.put("overdueNow", deadlineDays.now());
            int i = 0;
            for (var rule : deadlineDays.rules()) {
                if (rule.status() == DraftStatus.CONSULTATIONS) {
                    continue;
                }
                any.append(" or (d.status = :ol").append(i).append(" and d.priority = :op").append(i).append(" and ")
                        .append(SINCE).append(" < :ob").append(i).append(")");
                parameters.put("ol" + i, rule.status());
                parameters.put("op" + i, rule.priority());
                parameters.put("ob" + i, rule.overdueBefore());
                i++;
            }
            return "(" + any + ")";
        }

        /** The priority mark as a rank, the most urgent first. */
        private String urgencyExpression() {
            var cases = new StringBuilder("case");
            var marks = Priority.values();
            for (int rank = 0; rank < marks.length; rank++) {
                cases.append(" when d.priority = :pr").append(rank).append(" then ").append(rank);
                parameters.put("pr" + rank, marks[marks.length - 1 - rank]);
            }
            return cases.append(" else ").append(marks.length).append(" end").toString();
        }

        Query bind(Query query) {
            parameters.forEach((name, value) -> {
                if (query.getParameters().stream().anyMatch(p -> name.equals(p.getName()))) {
                    query.setParameter(name, value);
                }
            });
            return query;
        }

        private static Set<String> nonEmptySteps(Set<String> steps) {
            return steps.isEmpty() ? Set.of("") : steps;
        }

        private static Set<Long> nonEmpty(Set<Long> ids) {
            // "in ()" is not SQL; no draft has a negative id
            return ids.isEmpty() ? Set.of(-1L) : ids;
        }
    }
}
