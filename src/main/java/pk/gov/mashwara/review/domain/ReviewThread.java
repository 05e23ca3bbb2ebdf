package pk.gov.mashwara.review.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import pk.gov.mashwara.review.AnchorState;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.Severity;
import pk.gov.mashwara.review.SuggestionKind;
import pk.gov.mashwara.review.ThreadEventKind;
import pk.gov.mashwara.review.ThreadStatus;
import pk.gov.mashwara.review.anchoring.Placement;
import pk.gov.mashwara.review.anchoring.Relocation;
import pk.gov.mashwara.review.anchoring.TextAnchor;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * A thread of comments about a passage of one version (or about the draft as a whole). It guards itself:
 * replies only to its own comments, a resolution only when open (a declined point with a reason), reopening
 * only when resolved, carrying forward only while open. Every such step is an event of its history, and an
 * optimistic lock makes one of two simultaneous resolutions win.
 */
@Entity
@jakarta.persistence.EntityListeners(ReviewSignals.class)
@Table(name = "review_thread")
public class ReviewThread {

    public static final int MAX_REASON = 2000;

    /** The longest wording a suggestion may propose (with its context it must still fit a passage). */
    public static final int MAX_WORDING = 3000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "started_on_version", nullable = false, updatable = false)
    private int startedOnVersion;

    @Column(name = "anchor_exact", length = TextAnchor.MAX_QUOTE)
    private String exact;

    @Column(name = "anchor_prefix", length = 64)
    private String prefix;

    @Column(name = "anchor_suffix", length = 64)
    private String suffix;

    @Column(name = "anchor_start")
    private Integer start;

    @Column(name = "anchor_end")
    private Integer end;

    @Column(name = "anchor_page")
    private Integer page;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private AnchorState placement;

    @Column(name = "internal_committee_id")
    private Long internalCommitteeId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ThreadStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 16)
    private Resolution resolution;

    @Column(name = "resolution_reason", length = MAX_REASON)
    private String resolutionReason;

    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "started_by_id", nullable = false, updatable = false)
    private long startedById;

    @Column(name = "started_by", nullable = false, length = 64, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false, length = 32)
    private String category = ReviewCategory.OTHER;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Severity severity = Severity.CONSIDER;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "suggestion_kind", length = 16, updatable = false)
    private SuggestionKind suggestionKind;

    @Column(name = "suggestion_text", columnDefinition = "text", updatable = false)
    private String suggestionText;

    @Column(name = "suggestion_accepted_text", columnDefinition = "text")
    private String suggestionAcceptedText;

    /** For a thread recorded from a received comments matrix: the commenter and organisation the row named. */
    @Column(name = "recorded_for", length = 300, updatable = false)
    private String recordedFor;

    @Column(name = "matrix_received_on", updatable = false)
    private java.time.LocalDate matrixReceivedOn;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "thread_id", nullable = false, updatable = false)
    @OrderColumn(name = "position", nullable = false)
    private List<ReviewComment> comments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "review_thread_event", joinColumns = @JoinColumn(name = "thread_id"))
    @OrderColumn(name = "position")
    private List<ThreadEvent> events = new ArrayList<>();

    protected ReviewThread() {
    }

    /** A thread on a passage ({@code anchor}) or, when it is null, about the draft as a whole. */
    public ReviewThread(long draftId, int versionNumber, TextAnchor anchor, Integer page, Long internalCommitteeId,
            Author author, String body, Instant now) {
        this(draftId, versionNumber, anchor, page, internalCommitteeId, author, body, now, ReviewCategory.OTHER,
                Severity.CONSIDER, null, null);
    }

    /**
     * A thread filed under {@code category} with {@code severity}, which may suggest wording for its passage
     * ({@code suggestion} null: none; {@code wording} null for a deletion). With a suggestion the comment may be
     * left empty.
     */
    public ReviewThread(long draftId, int versionNumber, TextAnchor anchor, Integer page, Long internalCommitteeId,
            Author author, String body, Instant now, String category, Severity severity, SuggestionKind suggestion,
            String wording) {
        if (suggestion != null) {
            if (anchor == null) {
                throw InvalidInputException.onField("suggestion", "error.review.suggestion.needsPassage");
            }
            this.suggestionKind = suggestion;
            this.suggestionText = wording(suggestion, wording, anchor.exact());
        }
        this.category = category == null ? ReviewCategory.OTHER : category;
        this.severity = severity == null ? Severity.CONSIDER : severity;
        this.draftId = draftId;
        this.versionNumber = versionNumber;
        this.startedOnVersion = versionNumber;
        if (anchor == null) {
            placement = AnchorState.WHOLE_DRAFT;
        } else {
            place(anchor, AnchorState.ANCHORED);
            this.page = page != null && page > 0 ? page : null;
        }
        this.internalCommitteeId = internalCommitteeId;
        this.status = ThreadStatus.OPEN;
        this.startedById = author.id();
        this.startedBy = author.username();
        this.startedAt = now;
        this.updatedAt = now;
        comments.add(suggestion != null && (body == null || body.isBlank()) ? ReviewComment.empty(author, now)
                : new ReviewComment(null, author, body, now));
        events.add(new ThreadEvent(ThreadEventKind.STARTED, author.username(), now, null, null, versionNumber, null));
    }

    public ReviewComment reply(long parentCommentId, Author author, String body, Instant now) {
        comment(parentCommentId);
        var reply = new ReviewComment(parentCommentId, author, body, now);
        comments.add(reply);
        updatedAt = now;
        return reply;
    }

    public void edit(long commentId, long userId, String body, Instant now, Duration editWindow) {
        comment(commentId).edit(userId, body, now, editWindow);
        updatedAt = now;
    }

    public void retract(long commentId, long userId, Instant now) {
        comment(commentId).retract(userId, now);
        updatedAt = now;
    }

    public void resolve(Resolution how, String reason, String actor, Instant now) {
        resolve(how, reason, null, actor, now);
    }

    /**
     * Resolves the thread; an accepted suggestion may be accepted with changes: {@code acceptedWording} is then the
     * wording the committee accepts (the proposed one is kept beside it). Null or the proposed wording: as
     * proposed.
     */
    public void resolve(Resolution how, String reason, String acceptedWording, String actor, Instant now) {
        String changed = null;
        if (acceptedWording != null && !acceptedWording.isBlank()) {
            if (suggestionKind == null || !suggestionKind.hasText()) {
                throw InvalidInputException.onField("acceptedWording", "error.review.suggestion.nothingToChange");
            }
            if (how != Resolution.ACCEPTED) {
                throw InvalidInputException.onField("acceptedWording", "error.review.suggestion.changesOnlyAccepted");
            }
            var text = wording(suggestionKind, acceptedWording, exact);
            changed = text.equals(suggestionText) ? null : text;
        }
        if (how == null) {
            throw InvalidInputException.onField("resolution", "error.review.resolution.missing");
        }
        if (status != ThreadStatus.OPEN) {
            throw new ConflictException("error.review.thread.alreadyResolved", resolvedBy);
        }
        var why = reason == null ? "" : reason.strip();
        if (how.needsReason() && why.isEmpty()) {
            throw InvalidInputException.onField("reason", "error.review.resolution.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw InvalidInputException.onField("reason", "error.review.reason.tooLong", MAX_REASON);
        }
        status = ThreadStatus.RESOLVED;
        resolution = how;
        resolutionReason = why.isEmpty() ? null : why;
        resolvedBy = actor;
        resolvedAt = now;
        updatedAt = now;
        events.add(new ThreadEvent(ThreadEventKind.RESOLVED, actor, now, how, null, versionNumber, resolutionReason));
        suggestionAcceptedText = changed;
        if (changed != null) {
            events.add(new ThreadEvent(ThreadEventKind.WORDING_CHANGED, actor, now, how, null, versionNumber,
                    changed.length() > MAX_REASON ? changed.substring(0, MAX_REASON - 1) + "…" : changed));
        }
    }

    /** Files the thread under another category or severity; false (nothing recorded) when both are as they were. */
    public boolean classify(String newCategory, Severity newSeverity, String actor, Instant now) {
        var toCategory = newCategory == null ? category : newCategory;
        var toSeverity = newSeverity == null ? severity : newSeverity;
        if (toCategory.equals(category) && toSeverity == severity) {
            return false;
        }
        var detail = category + "/" + severity + " → " + toCategory + "/" + toSeverity;
        category = toCategory;
        severity = toSeverity;
        updatedAt = now;
        events.add(new ThreadEvent(ThreadEventKind.CLASSIFIED, actor, now, null, null, versionNumber, detail));
        return true;
    }

    /** The wording of a suggestion of {@code kind} on {@code passage}, checked: none for a deletion. */
    private static String wording(SuggestionKind kind, String wording, String passage) {
        var text = wording == null ? "" : wording.strip();
        if (!kind.hasText()) {
            if (!text.isEmpty()) {
                throw InvalidInputException.onField("suggestion.text", "error.review.suggestion.noTextToDelete");
            }
            return null;
        }
        if (text.isEmpty()) {
            throw InvalidInputException.onField("suggestion.text", "error.review.suggestion.textRequired");
        }
        if (text.length() > MAX_WORDING) {
            throw InvalidInputException.onField("suggestion.text", "error.review.suggestion.tooLong", MAX_WORDING);
        }
        if (kind == SuggestionKind.REPLACE && text.equals(passage == null ? null : passage.strip())) {
            throw InvalidInputException.onField("suggestion.text", "error.review.suggestion.unchanged");
        }
        return text;
    }

    public void reopen(String reason, String actor, Instant now) {
        if (status != ThreadStatus.RESOLVED) {
            throw new ConflictException("error.review.thread.notResolved");
        }
        var why = reason == null ? "" : reason.strip();
        if (why.length() > MAX_REASON) {
            throw InvalidInputException.onField("reason", "error.review.reason.tooLong", MAX_REASON);
        }
        status = ThreadStatus.OPEN;
        suggestionAcceptedText = null;
        resolution = null;
        resolutionReason = null;
        resolvedBy = null;
        resolvedAt = null;
        updatedAt = now;
        events.add(new ThreadEvent(ThreadEventKind.REOPENED, actor, now, null, null, versionNumber,
                why.isEmpty() ? null : why));
    }

    /** Shows an internal note outside its committee from now on (the committee's consent). */
    public void share(String actor, Instant now) {
        if (internalCommitteeId == null) {
            return;
        }
        internalCommitteeId = null;
        updatedAt = now;
        events.add(new ThreadEvent(ThreadEventKind.SHARED, actor, now, null, null, versionNumber, null));
    }

    /**
     * Moves this open thread to a newer version: onto its passage found there ({@code relocation}), or, when the
     * passage is gone or the new version has no text ({@code relocation} null), marked outdated with the passage
     * it was about kept (and its page, on the version it was on). {@code page}: where the passage found lies in
     * the new version, if known. Returns false (and changes nothing) when the thread is resolved or already there.
     */
    public boolean carryForward(int toVersion, Relocation relocation, Integer page, String actor, Instant now) {
        if (status != ThreadStatus.OPEN || toVersion <= versionNumber) {
            return false;
        }
        var from = versionNumber;
        versionNumber = toVersion;
        updatedAt = now;
        if (placement == AnchorState.WHOLE_DRAFT) {
            events.add(new ThreadEvent(ThreadEventKind.CARRIED_FORWARD, actor, now, null, from, toVersion, null));
            return true;
        }
        var kind = ThreadEventKind.OUTDATED;
        if (relocation != null && relocation.placement() != Placement.OUTDATED) {
            kind = relocation.placement() == Placement.EXACT ? ThreadEventKind.CARRIED_FORWARD : ThreadEventKind.MOVED;
            place(relocation.anchor(), kind == ThreadEventKind.MOVED ? AnchorState.MOVED : AnchorState.ANCHORED);
            this.page = page != null && page > 0 ? page : null;
        } else {
            placement = AnchorState.OUTDATED;
        }
        events.add(new ThreadEvent(kind, actor, now, null, from, toVersion,
                relocation == null ? "no-text" : null));
        return true;
    }

    private void place(TextAnchor anchor, AnchorState state) {
        exact = anchor.exact();
        prefix = anchor.prefix();
        suffix = anchor.suffix();
        start = anchor.start();
        end = anchor.end();
        placement = state;
    }

    public ReviewComment comment(long commentId) {
        return comments.stream().filter(c -> c.getId() != null && c.getId() == commentId).findFirst()
                .orElseThrow(() -> new NotFoundException("error.review.comment.notFound", commentId));
    }

    /** The passage as last anchored (also kept when outdated), or empty for a thread about the whole draft. */
    public Optional<TextAnchor> anchor() {
        return exact == null ? Optional.empty() : Optional.of(new TextAnchor(exact, prefix, suffix, start, end));
    }

    /** Who last did something to the thread (wrote, resolved, reopened, moved it) and when. */
    public Activity lastActivity() {
        var event = events.getLast();
        var comment = comments.getLast();
        return comment.getCreatedAt().isAfter(event.getOccurredAt())
                ? new Activity(comment.getAuthor(), comment.getCreatedAt())
                : new Activity(event.getActor(), event.getOccurredAt());
    }

    public record Activity(String actor, Instant at) {
    }

    public boolean isInternal() {
        return internalCommitteeId != null;
    }

    public Long getId() { return id; }
    public long getDraftId() { return draftId; }
    public int getVersionNumber() { return versionNumber; }
    public int getStartedOnVersion() { return startedOnVersion; }
    public Integer getPage() { return page; }
    public AnchorState getPlacement() { return placement; }
    public Long getInternalCommitteeId() { return internalCommitteeId; }
    public ThreadStatus getStatus() { return status; }
    public Resolution getResolution() { return resolution; }
    public String getResolutionReason() { return resolutionReason; }
    public String getResolvedBy() { return resolvedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    public long getStartedById() { return startedById; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public String getCategory() { return category; }
    public Severity getSeverity() { return severity; }
    public SuggestionKind getSuggestionKind() { return suggestionKind; }
    public String getSuggestionText() { return suggestionText; }
    public String getSuggestionAcceptedText() { return suggestionAcceptedText; }
    public boolean hasSuggestion() { return suggestionKind != null; }
    public String getRecordedFor() { return recordedFor; }
    public java.time.LocalDate getMatrixReceivedOn() { return matrixReceivedOn; }

    /**
     * Marks a new thread as recorded from a comments matrix received on {@code receivedOn}, its comment written by
     * {@code commenter} (a name and organisation as the matrix gives them), not by whoever recorded it.
     */
    public void recordedFromMatrix(String commenter, java.time.LocalDate receivedOn) {
        if (getId() != null) {
            throw new IllegalStateException("Only a new thread is recorded from a matrix.");
        }
        this.recordedFor = commenter == null || commenter.isBlank() ? null
                : commenter.strip().length() > 300 ? commenter.strip().substring(0, 300) : commenter.strip();
        this.matrixReceivedOn = java.util.Objects.requireNonNull(receivedOn);
    }
    public List<ReviewComment> getComments() { return List.copyOf(comments); }
    public List<ThreadEvent> getEvents() { return List.copyOf(events); }
}
