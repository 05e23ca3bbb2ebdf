package pk.gov.mashwara.review;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.review.domain.ReviewComment;
import pk.gov.mashwara.review.domain.ReviewThread;
import pk.gov.mashwara.review.domain.ReviewWindow;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;

/** Turns a thread into what one user sees of it: comments in reply order, and what they may do now. */
@Component
class ThreadViews {

    /** The offices a person may hold, most senior first: the one a reader is told. */
    private static final List<Role> SENIORITY = List.of(Role.FOCAL_PERSON, Role.NSMCWG_SECRETARY, Role.COMMITTEE_OFFICER,
            Role.NSMCWG_MEMBER, Role.COMMITTEE_DRAFTER, Role.AUDITOR, Role.ADMIN);

    private final ReviewRules rules;
    private final Clock clock;
    private final Duration editWindow;
    private final People people;
    private final pk.gov.mashwara.review.domain.SuggestionCheckRepository checks;

    ThreadViews(ReviewRules rules, Clock clock, People people,
            pk.gov.mashwara.review.domain.SuggestionCheckRepository checks,
            @Value("${mashwara.review.edit-minutes:15}") long editMinutes) {
        this.people = people;
        this.checks = checks;
        this.rules = rules;
        this.clock = clock;
        this.editWindow = Duration.ofMinutes(editMinutes);
    }

    Duration editWindow() {
        return editWindow;
    }

    ThreadView view(ReviewThread t, DraftDetails draft, ReviewWindow window, MashwaraUser user) {
        var now = clock.instant();
        var mayComment = rules.whyNotComment(user, draft, window, now).isEmpty();
        var mayResolve = rules.mayResolve(user, draft, t);
        var passage = t.anchor().map(a -> new Passage(a.exact(), a.prefix(), a.suffix(), a.start(), a.end(), t.getPage()))
                .orElse(null);
        var can = new ThreadView.Permissions(mayComment, mayResolve && t.getStatus() == ThreadStatus.OPEN,
                mayResolve && t.getStatus() == ThreadStatus.RESOLVED, t.isInternal() && rules.isCommitteeOf(user, draft),
                rules.mayClassify(user, draft, t, mayComment));
        var persons = new HashMap<String, Person>();
        var history = t.getEvents().stream().map(e -> new ThreadHistoryEntry(e.getKind(), e.getActor(),
                e.getOccurredAt(), e.getResolution(), e.getFromVersion(), e.getToVersion(), e.getDetail(),
                person(e.getActor(), persons))).toList();
        return new ThreadView(t.getId(), t.getDraftId(), t.getVersionNumber(), t.getStartedOnVersion(),
                t.getPlacement(), passage, t.isInternal(), t.getStatus(), t.getResolution(), t.getResolutionReason(),
                t.getResolvedBy(), t.getResolvedAt(), t.getStartedBy(), t.getStartedAt(),
                comments(t.getComments(), user, mayComment), history, t.getVersion(), can,
                person(t.getResolvedBy(), persons), t.getCategory(), t.getSeverity(), suggestion(t),
                t.getMatrixReceivedOn() == null ? null : new MatrixOrigin(t.getRecordedFor(), t.getMatrixReceivedOn()));
    }

    /** The thread's suggestion with its redline and, once accepted, its verdict in each later version. */
    private SuggestionView suggestion(ReviewThread t) {
        if (!t.hasSuggestion()) {
            return null;
        }
        var original = t.anchor().map(a -> a.exact()).orElse("");
        var proposed = t.getSuggestionText() == null ? "" : t.getSuggestionText();
        var accepted = t.getSuggestionAcceptedText();
        SuggestionView.Outcome outcome = null;
        if (t.getResolution() == Resolution.ACCEPTED) {
            outcome = accepted == null ? SuggestionView.Outcome.ACCEPTED : SuggestionView.Outcome.ACCEPTED_WITH_CHANGES;
        } else if (t.getResolution() == Resolution.DECLINED) {
            outcome = SuggestionView.Outcome.DECLINED;
        }
        var verdicts = t.getResolution() == Resolution.ACCEPTED && t.getId() != null
                ? checks.findByThreadIdOrderByVersionNumber(t.getId()).stream()
                        .map(c -> new SuggestionView.Check(c.getVersionNumber(), c.getVerdict(), c.getFoundText(),
                                c.getVerdict() == SuggestionVerdict.INCORPORATED_WITH_CHANGES
                                        ? Redline.of(c.getExpectedText(), c.getFoundText()) : List.of()))
                        .toList()
                : List.<SuggestionView.Check>of();
        return new SuggestionView(t.getSuggestionKind(), original, proposed, accepted, outcome,
                Redline.ofSuggestion(t.getSuggestionKind(), original, accepted != null ? accepted : proposed), verdicts);
    }

    /** The person behind a user id, looked up once per thread. */
    private Person person(String username, Map<String, Person> known) {
        if (username == null) {
            return null;
        }
        return known.computeIfAbsent(username, u -> people.byUsername(u)
                .map(info -> new Person(u, info.displayName() == null || info.displayName().isBlank() ? u : info.displayName(),
                        info.committeeCode(), SENIORITY.stream().filter(info.roles()::contains).findFirst().orElse(null)))
                .orElse(Person.unknown(u)));
    }

    /** Depth-first: each reply right after the comment it answers (replies in the order they were written). */
    private List<CommentView> comments(List<ReviewComment> all, MashwaraUser user, boolean mayComment) {
        var children = new HashMap<Long, List<ReviewComment>>();
        var roots = new ArrayList<ReviewComment>();
        for (var c : all) {
            if (c.getParentId() == null) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(c);
            }
        }
        var out = new ArrayList<CommentView>();
        // each author's home organisation looked up once per thread
        var homes = new HashMap<String, java.util.Optional<pk.gov.mashwara.directory.HomeOrganisation>>();
        for (var root : roots) {
            add(root, 0, children, out, user, mayComment, homes);
        }
        return out;
    }

    private void add(ReviewComment c, int depth, Map<Long, List<ReviewComment>> children, List<CommentView> out,
            MashwaraUser user, boolean mayComment,
            Map<String, java.util.Optional<pk.gov.mashwara.directory.HomeOrganisation>> homes) {
        var now = clock.instant();
        var mine = c.getAuthorId() == user.id() && c.getRetractedAt() == null;
        out.add(new CommentView(c.getId(), c.getParentId(), depth, c.getAuthor(), c.getAuthorName(),
                c.getRetractedAt() == null ? c.getBody() : null, c.getCreatedAt(), c.getEditedAt(), c.getRetractedAt(),
                c.getRevisions().size(), mayComment && c.isEditableBy(user.id(), now, editWindow),
                mine && mayComment, homes.computeIfAbsent(c.getAuthor(),
                        u -> people.byUsername(u).map(pk.gov.mashwara.directory.UserInfo::home)).orElse(null)));
        for (var child : children.getOrDefault(c.getId(), List.of())) {
            add(child, depth + 1, children, out, user, mayComment, homes);
        }
    }
}
