package pk.gov.mashwara.routing;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.routing.domain.InputRevision;
import pk.gov.mashwara.routing.domain.InputRevisionRepository;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InputRules;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * The working group's input on a draft as a document: the secretary composes it at consolidation (pre-filled from
 * the review), the focal person may edit it at clearance and clears it through the routing action {@code clear},
 * which hashes its final text. Every save is kept as a numbered revision. Before clearance only the NSMCWG sees
 * it; once cleared, everyone who may see the draft sees the cleared text. A draft the user may not see is not
 * found.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class InputService {

    /** The longest covering note, in characters. */
    public static final int MAX_NOTE = InputRevision.MAX_NOTE;

    private final DraftService drafts;
    private final InputDocuments documents;
    private final InputRevisionRepository revisions;
    private final Clearances clearances;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final pk.gov.mashwara.directory.People people;

    InputService(DraftService drafts, InputDocuments documents, InputRevisionRepository revisions,
            Clearances clearances, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            pk.gov.mashwara.directory.People people) {
        this.people = people;
        this.drafts = drafts;
        this.documents = documents;
        this.revisions = revisions;
        this.clearances = clearances;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The input as the user may see it. Not found when the user may not see the draft, or is not of the NSMCWG
     * and the input has not been cleared.
     */
    public InputDocument document(long draftId) {
        var user = currentUser.require();
        return document(drafts.get(draftId), user);
    }

    /**
     * The text pre-filled afresh from the review as it stands (for the secretary who wants to start again); only
     * the NSMCWG may ask.
     */
    public InputDocument prefilled(long draftId) {
        var user = currentUser.require();
        var draft = drafts.get(draftId);
        if (!user.isNsmcwg()) {
            throw new NotFoundException("error.input.notCleared", draftId);
        }
        var doc = document(draft, user);
        var locale = locale(user);
        return new InputDocument(doc.draftId(), doc.draftTitle(), doc.diaryNumber(), doc.draftStatus(), doc.status(),
                InputDocuments.prefilledNote(draft, locale), InputDocuments.prefilledText(doc.points(), locale),
                doc.revision(), doc.points(), doc.revisions(), doc.clearance(), doc.mayEdit());
    }

    /**
     * Saves the input as a new revision: the secretary while the draft is in consolidation, the focal person while
     * it is in clearance. {@code expectedRevision} is the number of the revision the user started from (0 for
     * none): a save made meanwhile by someone else is not overwritten. The text is sanitised to headings,
     * paragraphs, lists, bold and italic; nothing changed saves nothing (within one round).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('NSMCWG_SECRETARY', 'FOCAL_PERSON')")
    public InputDocument save(long draftId, int expectedRevision, String coveringNote, String html) {
        var user = currentUser.require();
        var draft = drafts.get(draftId);
        if (!user.isNsmcwg()) {
            throw new AccessDeniedException("Only the NSMCWG composes its input");
        }
        if (!mayEdit(user, draft)) {
            throw new ConflictException("error.input.notNow", draft.status());
        }
        var note = coveringNote == null ? "" : coveringNote.strip();
        if (note.isEmpty()) {
            throw new InvalidInputException("error.input.noteMissing");
        }
        InputRules.text(note, "coveringNote");
        if (note.length() > InputRevision.MAX_NOTE) {
            throw new InvalidInputException("error.input.noteTooLong", InputRevision.MAX_NOTE);
        }
        if (html != null) {
            InputRules.text(html, "text");
        }
        var body = InputHtml.clean(html);
        if (InputHtml.plain(body).isBlank()) {
            throw new InvalidInputException("error.input.textMissing");
        }
        if (body.length() > InputRevision.MAX_BODY) {
            throw new InvalidInputException("error.input.textTooLong", InputRevision.MAX_BODY, body.length());
        }
        var latest = documents.latest(draftId);
        int current = latest.map(InputRevision::getNumber).orElse(0);
        if (expectedRevision != current) {
            var last = latest.orElseThrow();
            throw new ConflictException("error.input.savedMeanwhile", last.getAuthorName(), last.getSavedAt());
        }
        // the same text again saves nothing, unless it is composed anew for a new round of consolidation
        if (latest.isPresent() && latest.get().getCoveringNote().equals(note) && latest.get().getBody().equals(body)
                && latest.get().getDraftStatus() == draft.status() && documents.composedThisRound(draft)) {
            return document(draft, user);
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var name = user.displayName() == null || user.displayName().isBlank() ? user.getUsername() : user.displayName();
        revisions.save(new InputRevision(draftId, current + 1, draft.status(), note, body, user.getUsername(),
                name.length() > 200 ? name.substring(0, 200) : name, now));
        events.publishEvent(new InputRevised(draftId, current + 1, draft.status(), body.length(), user.getUsername(),
                now));
        return document(draft, user);
    }

    /** Whether the user may save the input now. */
    static boolean mayEdit(MashwaraUser user, DraftDetails draft) {
        return user.isNsmcwg() && user.isEnabled()
                && (user.has(Role.NSMCWG_SECRETARY) && draft.status() == DraftStatus.CONSOLIDATION
                        || user.has(Role.FOCAL_PERSON) && draft.status() == DraftStatus.CLEARANCE);
    }

    private InputDocument document(DraftDetails draft, MashwaraUser user) {
        var stamp = clearances.latest(draft);
        if (!user.isNsmcwg()) {
            // refused before anything else is read
            var cleared = stamp.orElseThrow(() -> new NotFoundException("error.input.notCleared", draft.id()));
            return cleared(draft, cleared, documents.points(draft.id()), documents.all(draft.id()));
        }
        var points = documents.points(draft.id());
        var all = documents.all(draft.id());
        var latest = all.isEmpty() ? null : all.getLast();
        if (latest == null) {
            var locale = locale(user);
            return new InputDocument(draft.id(), draft.title(), draft.diaryNumber(), draft.status(),
                    InputDocument.Status.NOT_COMPOSED, InputDocuments.prefilledNote(draft, locale),
                    InputDocuments.prefilledText(points, locale), 0, points, List.of(),
                    stamp.map(InputService::cleared).orElse(null), mayEdit(user, draft));
        }
        // the latest revision is the cleared one when it was saved by the time of the latest clearance
        var clearedNow = stamp.filter(s -> !latest.getSavedAt().isAfter(s.signedAt())).isPresent();
        return new InputDocument(draft.id(), draft.title(), draft.diaryNumber(), draft.status(),
                clearedNow ? InputDocument.Status.CLEARED : InputDocument.Status.COMPOSED, latest.getCoveringNote(),
                latest.getBody(), latest.getNumber(), points, revisions(all),
                clearedNow ? stamp.map(InputService::cleared).orElse(null) : null, mayEdit(user, draft));
    }

    /** The input as the focal person cleared it, with the revisions up to the one cleared. */
    private InputDocument cleared(DraftDetails draft, ClearanceStamp cleared, List<InputDocument.Point> points,
            List<InputRevision> all) {
        var revision = documents.clearedAt(draft.id(), cleared.signedAt());
        var shown = revision.map(InputRevision::getNumber).orElse(0);
        return new InputDocument(draft.id(), draft.title(), draft.diaryNumber(), draft.status(),
                InputDocument.Status.CLEARED, revision.map(InputRevision::getCoveringNote).orElse(""),
                revision.map(InputRevision::getBody).orElseGet(() -> legacy(cleared.input())), shown, points,
                revisions(all.stream().filter(r -> r.getNumber() <= shown).toList()), cleared(cleared), false);
    }

    /** A letter as downloaded. */
    public record LetterFile(String fileName, String mediaType, byte[] content) {
    }

    /**
     * The cleared input as a letter from the NSMCWG to the committee, {@code pdf} or {@code docx}, in English,
     * for whoever may see the draft; not found before clearance. Every download is in the audit log.
     */
    @Transactional
    public LetterFile letter(long draftId, String format) {
        return letter(draftId, format, java.util.Locale.ENGLISH);
    }

    /**
     * The letter as {@link #letter(long, String)}, written in the reader's language: on Urdu pages an Urdu letter
     * (its frame, the addressee's Urdu name, right to left), around the input's text as it was cleared.
     */
    @Transactional
    public LetterFile letter(long draftId, String format, java.util.Locale locale) {
        var user = currentUser.require();
        var draft = drafts.get(draftId);
        var stamp = clearances.latest(draft)
                .orElseThrow(() -> new NotFoundException("error.input.notCleared", draftId));
        var all = documents.all(draftId);
        var doc = cleared(draft, stamp, documents.points(draftId), all);
        var committee = people.committeeById(draft.committeeId()).map(c -> c.displayName(locale))
                .orElse(draft.committeeCode());
        // the secretary who composed the cleared text signs it
        var secretary = all.stream().filter(r -> r.getNumber() <= doc.revision()
                && r.getDraftStatus() == DraftStatus.CONSOLIDATION).reduce((a, b) -> b)
                .map(InputRevision::getAuthorName).orElse(null);
        var letter = InputLetters.letter(doc, committee, secretary, locale);
        var base = "NSMCWG-input-" + (draft.diaryNumber() == null ? "draft-" + draftId
                : draft.diaryNumber().replace('/', '-'));
        var file = switch (format) {
            case "pdf" -> new LetterFile(base + ".pdf", "application/pdf", InputLetters.pdf(letter));
            case "docx" -> new LetterFile(base + ".docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", InputLetters.docx(letter));
            default -> throw new InvalidInputException("error.input.letterFormat", format);
        };
        events.publishEvent(new InputLetterExported(draftId, format, file.content().length, sha256(file.content()),
                user.getUsername(), clock.instant()));
        return file;
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The text of a clearance given before the input was a document: plain text, as paragraphs. */
    private static String legacy(String input) {
        var html = new StringBuilder();
        for (var paragraph : input.split("\\n\\s*\\n")) {
            html.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip(), "UTF-8").replace("\n", "<br>"))
                    .append("</p>");
        }
        return InputHtml.clean(html.toString());
    }

    private static List<InputDocument.Revision> revisions(List<InputRevision> all) {
        return all.stream().map(r -> new InputDocument.Revision(r.getNumber(), r.getAuthor(), r.getAuthorName(),
                r.getSavedAt(), r.getDraftStatus())).toList();
    }

    private static InputDocument.Cleared cleared(ClearanceStamp s) {
        return new InputDocument.Cleared(s.signer(), s.signerName(), s.signedAt(), s.hash(), s.versionNumber(),
                s.intact());
    }

    static Locale locale(MashwaraUser user) {
        return "ur".equals(user.preferredLanguage()) ? Locale.of("ur") : Locale.ENGLISH;
    }
}
