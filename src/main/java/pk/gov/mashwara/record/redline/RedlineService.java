package pk.gov.mashwara.record.redline;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.record.RedlineExported;
import pk.gov.mashwara.record.pdf.RedlinePdf;
import pk.gov.mashwara.review.Comparison;
import pk.gov.mashwara.review.ComparisonExports;
import pk.gov.mashwara.review.VersionComparison;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.shared.Messages;

/**
 * Redlines of two versions of a draft, as a Word document with tracked changes and as a PDF, for the signed-in
 * user. The comparison is the review module's, asked as that user: a draft (or version) they may not see is not
 * found, the same version twice is refused, a version without text is a conflict, and the rows are matched and
 * bounded exactly as on the comparison page (computed once and kept; a very large one waits its turn or is
 * refused with "busy"). A redline holds at most {@link #MAX_CHARACTERS} characters of paragraph text, and says so
 * where it stops. Every export is audited: the event is published in this service's transaction, so that the audit
 * log (which listens after commit) receives it; the comparison itself runs outside it
 * ({@link VersionComparison#whole} suspends it).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class RedlineService implements ComparisonExports {

    /** The paragraph text a redline holds at most (both versions' together): about 150 pages of PDF. */
    public static final int MAX_CHARACTERS = 400_000;

    private final VersionComparison comparisons;
    private final DraftService drafts;
    private final People people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RedlineService(VersionComparison comparisons, DraftService drafts, People people, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.comparisons = comparisons;
        this.drafts = drafts;
        this.people = people;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ExportedFile docx(long draftId, int from, int to) {
        var redline = redline(draftId, from, to);
        var content = RedlineDocx.write(redline);
        audited(draftId, from, to, "docx", content);
        return new ExportedFile(fileName(drafts.get(draftId), from, to, "docx"), RedlineDocx.MEDIA_TYPE, content);
    }

    @Override
    public ExportedFile pdf(long draftId, int from, int to) {
        var redline = redline(draftId, from, to);
        var content = RedlinePdf.write(redline).content();
        audited(draftId, from, to, "pdf", content);
        return new ExportedFile(fileName(drafts.get(draftId), from, to, "pdf"), "application/pdf", content);
    }

    /** The redline of version {@code from} against version {@code to}, as the signed-in user may see it. */
    public Redline redline(long draftId, int from, int to) {
        var user = currentUser.require();
        var comparison = comparisons.whole(draftId, from, to, MAX_CHARACTERS);
        var draft = drafts.get(draftId);
        var newer = draft.versions().stream().filter(v -> v.number() == to).findFirst().orElseThrow();
        return new Redline(draft.title(), draft.diaryNumber(),
                Messages.get(Locale.ENGLISH, "classification." + draft.classification().name()), from, to,
                people.nameAndOffice(newer.uploadedBy(), Locale.ENGLISH), newer.uploadedAt(),
                people.nameAndOffice(user.getUsername(), Locale.ENGLISH), clock.instant(), notes(comparison),
                Redline.paragraphs(comparison));
    }

    /** Where the redline is coarser or shorter than the texts, as the comparison page says it. */
    static java.util.List<String> notes(Comparison comparison) {
        var notes = new ArrayList<String>();
        var precision = comparison.precision();
        for (var version : java.util.List.of(comparison.from(), comparison.to())) {
            if (version.truncated()) {
                notes.add(Messages.get(Locale.ENGLISH, "compare.truncated", version.versionNumber(), version.characters()));
            }
        }
        if (precision.approximateAlignment()) {
            notes.add(Messages.get(Locale.ENGLISH, "compare.precision.alignment"));
        }
        if (precision.paragraphsWithoutWordDetail() > 0) {
            notes.add(Messages.get(Locale.ENGLISH, "compare.precision.words", precision.paragraphsWithoutWordDetail()));
        }
        if (precision.textLimit() > 0) {
            notes.add(Messages.get(Locale.ENGLISH, "compare.precision.text", precision.textLimit()));
        }
        if (precision.differenceLimit() > 0) {
            notes.add(Messages.get(Locale.ENGLISH, "compare.precision.differences", precision.differenceLimit()));
        }
        if (comparison.next() != null) {
            notes.add(Messages.get(Locale.ENGLISH, "redline.cut", comparison.next(), comparison.rowCount(), MAX_CHARACTERS));
        }
        return notes;
    }

    private void audited(long draftId, int from, int to, String format, byte[] content) {
        events.publishEvent(new RedlineExported(draftId, from, to, format, currentUser.require().getUsername(),
                clock.instant(), content.length, sha256(content)));
    }

    /** {@code NSMCWG-2026-0042-redline-v1-v3.docx}; ASCII only, so it needs no encoding in a download header. */
    static String fileName(DraftDetails draft, int from, int to, String extension) {
        var base = draft.diaryNumber() == null ? "draft-" + draft.id() : draft.diaryNumber().replaceAll("[^A-Za-z0-9]+", "-");
        return base + "-redline-v" + from + "-v" + to + "." + extension;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
