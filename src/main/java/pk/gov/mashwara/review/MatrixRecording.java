package pk.gov.mashwara.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.anchoring.Relocator;
import pk.gov.mashwara.review.anchoring.TextAnchor;
import pk.gov.mashwara.review.domain.Author;
import pk.gov.mashwara.review.domain.ReviewCategory;
import pk.gov.mashwara.review.domain.ReviewCategoryRepository;
import pk.gov.mashwara.review.domain.ReviewThread;
import pk.gov.mashwara.review.domain.ReviewThreadRepository;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.Messages;
import pk.gov.mashwara.text.ReaderService;

/**
 * Records the rows of a comments matrix a committee received by letter as threads on the latest version: each on
 * the passage its row quotes when the version has that passage once (found as a selection's quote is found), else
 * on the draft as a whole and listed in the answer. Each thread is marked with the commenter and organisation the
 * row names and the day the matrix was received. The draft's committee and the NSMCWG secretary may record one;
 * the review window does not bind them, as it does not bind their replies. All rows or none: one transaction,
 * every row checked before any thread is kept.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class MatrixRecording {

    /** The most rows one matrix may hold. */
    public static final int MAX_ROWS = 500;
    /** The largest matrix file read, in bytes. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    private final DraftService drafts;
    private final ReviewThreadRepository threads;
    private final ReviewCategoryRepository categories;
    private final ReviewRules rules;
    private final ReaderService reader;
    private final pk.gov.mashwara.text.VersionTexts texts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MatrixRecording(DraftService drafts, ReviewThreadRepository threads, ReviewCategoryRepository categories,
            ReviewRules rules, ReaderService reader, pk.gov.mashwara.text.VersionTexts texts, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.drafts = drafts;
        this.threads = threads;
        this.categories = categories;
        this.rules = rules;
        this.reader = reader;
        this.texts = texts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in user may record a received matrix on the draft (they see it: it is not found else). */
    @Transactional(readOnly = true)
    public boolean mayRecord(long draftId) {
        var user = currentUser.require();
        var draft = drafts.get(draftId);
        return rules.isCommitteeOf(user, draft)
                || (user.isNsmcwg() && user.has(Role.NSMCWG_SECRETARY) && draft.submittedAt() != null);
    }

    public MatrixImportResult record(long draftId, int versionNumber, LocalDate receivedOn, List<MatrixEntry> entries) {
        var user = currentUser.require();
        var draft = drafts.get(draftId);
        if (!mayRecord(draftId)) {
            throw new AccessDeniedException("Only the draft's committee or the NSMCWG secretary can record a matrix.");
        }
        if (draft.versions().stream().noneMatch(v -> v.number() == versionNumber)) {
            throw new pk.gov.mashwara.shared.NotFoundException("error.version.notFound", versionNumber);
        }
        if (draft.latest().number() != versionNumber) {
            throw new ConflictException("error.review.thread.notLatest", draft.latest().number());
        }
        var today = LocalDate.now(clock.withZone(PAKISTAN));
        if (receivedOn == null) {
            receivedOn = today;
        }
        if (receivedOn.isAfter(today)) {
            throw InvalidInputException.onField("receivedOn", "error.matrix.receivedOn.future");
        }
        var rows = entries.stream().filter(e -> !e.empty()).toList();
        if (rows.isEmpty()) {
            throw new InvalidInputException("error.matrix.empty");
        }
        if (rows.size() > MAX_ROWS) {
            throw new InvalidInputException("error.matrix.tooManyRows", rows.size(), MAX_ROWS);
        }
        // the text is needed only to find quoted passages: general comments are recorded on a version without text
        String text = null;
        if (rows.stream().anyMatch(r -> !MatrixEntry.blank(r.existingText()))) {
            var version = reader.read(draftId, versionNumber);
            if (!version.summary().status().hasText()) {
                throw new ConflictException("error.review.anchor.noText", version.summary().status());
            }
            text = version.text();
        }
        var planned = new ArrayList<ReviewThread>();
        var author = new Author(user.id(), user.getUsername(), user.displayName());
        var now = clock.instant();
        for (var row : rows) {
            planned.add(thread(row, draftId, versionNumber, text, author, now, receivedOn));
        }
        var unanchored = new ArrayList<MatrixImportResult.Unanchored>();
        int anchored = 0;
        for (int i = 0; i < planned.size(); i++) {
            var thread = threads.saveAndFlush(planned.get(i));
            var row = rows.get(i);
            if (thread.anchor().isPresent()) {
                anchored++;
            } else if (!MatrixEntry.blank(row.existingText())) {
                unanchored.add(new MatrixImportResult.Unanchored(row.row(), thread.getId(), row.existingText().strip()));
            }
            events.publishEvent(new ThreadStarted(thread.getId(), draftId, versionNumber, false, user.getUsername(), now));
        }
        events.publishEvent(new MatrixImported(draftId, versionNumber, receivedOn, planned.size(), anchored,
                user.getUsername(), now));
        return new MatrixImportResult(planned.size(), anchored, unanchored);
    }

    /** The thread a row becomes, checked whole before anything is kept. */
    private ReviewThread thread(MatrixEntry row, long draftId, int versionNumber, String text, Author author,
            java.time.Instant now, LocalDate receivedOn) {
        var existing = MatrixEntry.blank(row.existingText()) ? null : row.existingText().strip();
        var comment = MatrixEntry.blank(row.comment()) ? null : row.comment().strip();
        var proposed = MatrixEntry.blank(row.proposed()) ? null : row.proposed().strip();
        if (comment == null && proposed == null) {
            throw new InvalidInputException("error.matrix.row.nothing", row.row());
        }
        if (existing != null && existing.length() > TextAnchor.MAX_QUOTE) {
            throw new InvalidInputException("error.matrix.row.tooLong", row.row(), TextAnchor.MAX_QUOTE);
        }
        var category = category(row);
        var severity = severity(row);
        var anchor = existing == null ? null : anchor(existing, text);
        SuggestionKind kind = null;
        String wording = null;
        if (proposed != null && anchor != null) {
            if (proposed.equalsIgnoreCase(MatrixEntry.DELETE)) {
                kind = SuggestionKind.DELETE;
            } else if (proposed.regionMatches(true, 0, MatrixEntry.INSERT_AFTER, 0, MatrixEntry.INSERT_AFTER.length())) {
                kind = SuggestionKind.INSERT_AFTER;
                wording = proposed.substring(MatrixEntry.INSERT_AFTER.length()).strip();
            } else if (!proposed.equals(anchor.exact())) {
                kind = SuggestionKind.REPLACE;
                wording = proposed;
            }
        }
        var body = comment;
        if (proposed != null && kind == null && (anchor == null || !proposed.equals(anchor.exact()))) {
            // a proposal with no passage to attach to is kept in the comment's words
            body = (comment == null ? "" : comment + "\n\n") + Messages.get(Locale.ENGLISH, "matrix.proposedText")
                    + ": " + proposed;
        }
        if (body == null && kind == null) {
            throw new InvalidInputException("error.matrix.row.nothing", row.row());
        }
        if (body != null && body.length() > CommentView.MAX_BODY) {
            throw new InvalidInputException("error.matrix.row.commentTooLong", row.row(), CommentView.MAX_BODY);
        }
        var page = anchor == null ? null : pageAt(draftId, versionNumber, anchor.start());
        ReviewThread thread;
        try {
            thread = new ReviewThread(draftId, versionNumber, anchor, page, null, author, body, now, category,
                    severity, kind, wording);
        } catch (InvalidInputException e) {
            // the thread's own rules (a wording too long, a character a comment may not hold): said with the row
            throw new InvalidInputException("error.matrix.row.invalid", row.row(),
                    e.localizedMessage(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
        thread.recordedFromMatrix(row.commenter(), receivedOn);
        return thread;
    }

    /**
     * The passage a row quotes: where the version has it once word for word, else where the carrying-forward would
     * put it (a quote retyped with a slip or a changed space, within the relocation's bounds); else none.
     */
    private static TextAnchor anchor(String quote, String text) {
        var exact = Relocator.locate(text, quote, null, null, null);
        if (exact.isPresent()) {
            return exact.get().exact().isBlank() ? null : exact.get().trimmed();
        }
        var relocated = Relocator.relocate(new TextAnchor(quote, "", "", 0, quote.length()), text);
        return relocated.placement() == pk.gov.mashwara.review.anchoring.Placement.OUTDATED
                || relocated.anchor().exact().isBlank() ? null : relocated.anchor().trimmed();
    }

    private Integer pageAt(long draftId, int versionNumber, int offset) {
        var page = texts.pageAt(draftId, versionNumber, offset);
        return page.isPresent() ? Integer.valueOf(page.getAsInt()) : null;
    }

    private String category(MatrixEntry row) {
        if (MatrixEntry.blank(row.category())) {
            return ReviewCategory.OTHER;
        }
        var given = row.category().strip();
        return categories.findAllByOrderByPosition().stream()
                .filter(c -> c.getCode().equalsIgnoreCase(given) || c.getName().equalsIgnoreCase(given)
                        || given.equals(c.getNameUr()))
                .map(ReviewCategory::getCode).findFirst()
                .orElseThrow(() -> new InvalidInputException("error.matrix.row.category", row.row(), given));
    }

    private static Severity severity(MatrixEntry row) {
        if (MatrixEntry.blank(row.severity())) {
            return Severity.CONSIDER;
        }
        var given = row.severity().strip();
        for (var s : Severity.values()) {
            if (s.name().equalsIgnoreCase(given.replace(' ', '_'))
                    || Messages.get(Locale.ENGLISH, "severity." + s.name()).equalsIgnoreCase(given)
                    || Messages.get(Locale.of("ur"), "severity." + s.name()).equals(given)) {
                return s;
            }
        }
        throw new InvalidInputException("error.matrix.row.severity", row.row(), given);
    }
}
