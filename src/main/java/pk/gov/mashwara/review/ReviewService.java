package pk.gov.mashwara.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.MentionCandidate;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.domain.ReviewCategoryRepository;
import pk.gov.mashwara.review.domain.ReviewComment;
import pk.gov.mashwara.review.domain.SuggestionCheck;
import pk.gov.mashwara.review.domain.SuggestionCheckRepository;
import pk.gov.mashwara.review.domain.ReviewThread;
import pk.gov.mashwara.review.domain.ReviewThreadRepository;
import pk.gov.mashwara.review.domain.ReviewWindowRepository;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * Reading the review of a draft: its threads, their counts and its review window. Only what the current user
 * may see: a draft they cannot see has no threads for them (it is not found), and internal notes of a committee
 * are shown only to that committee.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ReviewService {

    private final DraftService drafts;
    private final ReviewThreadRepository threads;
    private final ReviewWindowRepository windows;
    private final ReviewRules rules;
    private final ThreadViews views;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final People people;
    private final ReviewCategoryRepository categoryRows;
    private final SuggestionCheckRepository checks;

    ReviewService(DraftService drafts, ReviewThreadRepository threads, ReviewWindowRepository windows,
            ReviewRules rules, ThreadViews views, CurrentUser currentUser, Clock clock, People people,
            ReviewCategoryRepository categoryRows, SuggestionCheckRepository checks) {
        this.people = people;
        this.categoryRows = categoryRows;
        this.checks = checks;
        this.drafts = drafts;
        this.threads = threads;
        this.windows = windows;
        this.rules = rules;
        this.views = views;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The threads on one version: open ones carried to it and those resolved on it; oldest first. */
    public List<ThreadView> threads(long draftId, int versionNumber) {
        var draft = drafts.get(draftId);
        if (draft.versions().stream().noneMatch(v -> v.number() == versionNumber)) {
            throw new NotFoundException("error.version.notFound", versionNumber);
        }
        return visible(draft).stream().filter(t -> t.getVersionNumber() == versionNumber)
                .map(t -> views.view(t, draft, windows.findById(draftId).orElse(null), currentUser.require()))
                .toList();
    }

    /** Every thread of the draft, on whichever version it is, oldest first. */
    public List<ThreadView> allThreads(long draftId) {
        var draft = drafts.get(draftId);
        var window = windows.findById(draftId).orElse(null);
        return visible(draft).stream().map(t -> views.view(t, draft, window, currentUser.require())).toList();
    }

    public ThreadView thread(long threadId) {
        var thread = threads.findById(threadId).orElseThrow(() -> notFound(threadId));
        var draft = visibleDraft(thread.getDraftId(), threadId);
        if (!rules.sees(currentUser.require(), thread)) {
            throw notFound(threadId);
        }
        return views.view(thread, draft, windows.findById(draft.id()).orElse(null), currentUser.require());
    }

    /**
     * A value that changes whenever a thread the user sees on the version is started, answered, edited,
     * resolved, carried or shared, or the review window moves: cheap enough for an open reader to ask every
     * few seconds whether it is worth reading the threads again.
     */
    public String activity(long draftId, int versionNumber) {
        var draft = drafts.get(draftId);
        var user = currentUser.require();
        var stamp = new StringBuilder();
        for (var row : threads.findStamps(draft.id(), versionNumber)) {
            if (rules.sees(user, (Long) row[2])) {
                stamp.append(row[0]).append(':').append(row[1]).append(';');
            }
        }
        windows.findById(draftId).ifPresent(w -> stamp.append('w').append(w.getDeadline()));
        return stamp.append('s').append(draft.status()).toString();
    }

    public ReviewCounts counts(long draftId) {
        var visible = visible(drafts.get(draftId));
        var open = visible.stream().filter(t -> t.getStatus() == ThreadStatus.OPEN).count();
        return new ReviewCounts(open, visible.size() - open);
    }

    /** The categories threads are filed under, in their order; inactive ones are still named for old threads. */
    public List<Category> categories() {
        return categoryRows.findAllByOrderByPosition().stream()
                .map(c -> new Category(c.getCode(), c.getName(), c.getNameUr(), c.isActive())).toList();
    }

    /** The threads the user sees on the draft, counted by category and severity. */
    public ReviewTally tally(long draftId) {
        var visible = visible(drafts.get(draftId));
        var byCategory = new java.util.LinkedHashMap<String, Long>();
        categories().forEach(c -> byCategory.put(c.code(), 0L));
        var bySeverity = new java.util.EnumMap<Severity, Long>(Severity.class);
        var openBySeverity = new java.util.EnumMap<Severity, Long>(Severity.class);
        for (var severity : Severity.values()) {
            bySeverity.put(severity, 0L);
            openBySeverity.put(severity, 0L);
        }
        for (var t : visible) {
            byCategory.merge(t.getCategory(), 1L, Long::sum);
            bySeverity.merge(t.getSeverity(), 1L, Long::sum);
            if (t.getStatus() == ThreadStatus.OPEN) {
                openBySeverity.merge(t.getSeverity(), 1L, Long::sum);
            }
        }
        return new ReviewTally(byCategory, bySeverity, openBySeverity);
    }

    /**
     * The accepted suggestions the user sees on the draft with their verdict in the latest version checked (those
     * not yet checked against a later version left out), in the order they were made.
     */
    public List<SuggestionSummary> acceptedSuggestions(long draftId) {
        var visible = visible(drafts.get(draftId)).stream()
                .filter(t -> t.hasSuggestion() && t.getResolution() == Resolution.ACCEPTED).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        var latest = new java.util.HashMap<Long, SuggestionCheck>();
        for (var check : checks.findByDraftIdOrderByVersionNumber(draftId)) {
            latest.put(check.getThreadId(), check);
        }
        var out = new java.util.ArrayList<SuggestionSummary>();
        for (var t : visible) {
            var check = latest.get(t.getId());
            if (check != null) {
                out.add(new SuggestionSummary(t.getId(), t.getVersionNumber(), t.getPage(), t.getSuggestionKind(),
                        t.anchor().map(a -> a.exact()).orElse(""),
                        t.getSuggestionAcceptedText() != null ? t.getSuggestionAcceptedText()
                                : t.getSuggestionText() == null ? "" : t.getSuggestionText(),
                        t.getStartedBy(), check.getVersionNumber(), check.getVerdict()));
            }
        }
        return out;
    }

    /** The accepted suggestions the latest version checked does not carry. */
    public List<SuggestionSummary> suggestionsNotFound(long draftId) {
        return acceptedSuggestions(draftId).stream().filter(s -> s.verdict() == SuggestionVerdict.NOT_FOUND).toList();
    }

    /**
     * The replies others wrote since {@code since} (null: ever) in the threads of the draft the signed-in user
     * started or wrote in, as far as the user may see them; retracted replies are left out.
     */
    public RepliesSince repliesSince(long draftId, Instant since) {
        var user = currentUser.require();
        long count = 0;
        ReviewComment latest = null;
        for (var thread : visible(drafts.get(draftId))) {
            var comments = thread.getComments();
            boolean mine = thread.getStartedById() == user.id()
                    || comments.stream().anyMatch(c -> c.getAuthorId() == user.id());
            if (!mine) {
                continue;
            }
            for (var c : comments) {
                if (c.getAuthorId() != user.id() && c.getRetractedAt() == null
                        && (since == null || c.getCreatedAt().isAfter(since))) {
                    count++;
                    if (latest == null || c.getCreatedAt().isAfter(latest.getCreatedAt())) {
                        latest = c;
                    }
                }
            }
        }
        return latest == null ? RepliesSince.NONE
                : new RepliesSince(count, latest.getAuthorName(), RepliesSince.shortLine(latest.getBody()),
                        latest.getCreatedAt());
    }

    public ReviewWindowInfo window(long draftId) {
        var draft = drafts.get(draftId);
        var user = currentUser.require();
        var window = windows.findById(draftId).orElse(null);
        var now = clock.instant();
        var whyNot = rules.whyNotComment(user, draft, window, now);
        return new ReviewWindowInfo(draftId, window == null ? null : window.getDeadline(),
                window == null ? null : window.getSetBy(), window == null ? null : window.getSetAt(),
                rules.reviewOpen(draft, window, now), rules.maySetWindow(user, draft), whyNot.isEmpty(),
                whyNot.orElse(null), rules.isCommitteeOf(user, draft));
    }

    /** People and committees whose handle or name starts with {@code prefix}, to complete an {@code @mention}. */
    public List<MentionCandidate> mentionCandidates(String prefix, int limit) {
        return people.mentionCandidates(prefix == null ? "" : prefix.strip(), Math.min(Math.max(limit, 1), 20));
    }

    private List<ReviewThread> visible(DraftDetails draft) {
        var user = currentUser.require();
        return threads.findByDraft(draft.id()).stream().filter(t -> rules.sees(user, t))
                .sorted(Comparator.comparing(ReviewThread::getStartedAt).thenComparing(ReviewThread::getId)).toList();
    }

    /** A thread of a draft the user cannot see is reported as not found, like the draft itself. */
    private DraftDetails visibleDraft(long draftId, long threadId) {
        try {
            return drafts.get(draftId);
        } catch (NotFoundException e) {
            throw notFound(threadId);
        }
    }

    static NotFoundException notFound(long threadId) {
        return new NotFoundException("error.review.thread.notFound", threadId);
    }
}
