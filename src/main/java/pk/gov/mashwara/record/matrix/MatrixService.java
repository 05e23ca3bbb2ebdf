package pk.gov.mashwara.record.matrix;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.record.MatrixExported;
import pk.gov.mashwara.review.Category;
import pk.gov.mashwara.review.ComparisonExports.ExportedFile;
import pk.gov.mashwara.review.MatrixEntry;
import pk.gov.mashwara.review.MatrixExports;
import pk.gov.mashwara.review.MatrixImportResult;
import pk.gov.mashwara.review.MatrixRecording;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ResponseTemplates;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.SuggestionKind;
import pk.gov.mashwara.review.ThreadView;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.shared.Messages;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * Comments matrices of a draft for the signed-in user: written from the threads the review module lets them see
 * (a committee's internal notes only for that committee, a draft they may not see not found), and read back from
 * a matrix a committee received by letter, whose rows the review module records. Every export is audited (the
 * event is published in this transaction; the audit log receives it after commit); so is every import.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class MatrixService implements MatrixExports {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ENGLISH);

    private final DraftService drafts;
    private final ReviewService review;
    private final MatrixRecording recording;
    private final DirectoryService directory;
    private final People people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MatrixService(DraftService drafts, ReviewService review, MatrixRecording recording, DirectoryService directory,
            People people, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.review = review;
        this.recording = recording;
        this.directory = directory;
        this.people = people;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ExportedFile xlsx(long draftId, Integer versionNumber, Locale locale) {
        var matrix = matrix(draftId, versionNumber, locale);
        var content = MatrixXlsx.write(matrix);
        return audited(draftId, versionNumber, "xlsx", matrix, content, MatrixXlsx.MEDIA_TYPE);
    }

    @Override
    public ExportedFile docx(long draftId, Integer versionNumber, Locale locale) {
        var matrix = matrix(draftId, versionNumber, locale);
        var content = MatrixDocx.write(matrix);
        return audited(draftId, versionNumber, "docx", matrix, content, MatrixDocx.MEDIA_TYPE);
    }

    @Override
    public MatrixImportResult importXlsx(long draftId, int versionNumber, LocalDate receivedOn, byte[] content) {
        // who may record is checked before the file is read: a stranger learns nothing from a malformed file
        drafts.get(draftId);
        if (!recording.mayRecord(draftId)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only the draft's committee or the NSMCWG secretary can record a matrix.");
        }
        List<MatrixEntry> entries = MatrixXlsx.read(content);
        return recording.record(draftId, versionNumber, receivedOn, entries);
    }

    /**
     * The matrix of one version (or every version) as the signed-in user may see it, in their language (Urdu or
     * English): headings, status words, the committee's and organisations' names where an Urdu one is kept.
     */
    @Transactional(readOnly = true)
    public Matrix matrix(long draftId, Integer versionNumber, Locale asked) {
        var locale = Messages.isRightToLeft(asked) ? Messages.URDU : Locale.ENGLISH;
        var user = currentUser.require();
        var draft = drafts.get(draftId);
        List<ThreadView> threads;
        if (versionNumber == null) {
            threads = review.allThreads(draftId).stream()
                    .sorted(Comparator.comparingInt(ThreadView::versionNumber)).toList();
        } else {
            if (draft.versions().stream().noneMatch(v -> v.number() == versionNumber)) {
                throw new NotFoundException("error.version.notFound", versionNumber);
            }
            threads = review.threads(draftId, versionNumber);
        }
        var categories = review.categories().stream().collect(Collectors.toMap(Category::code, c -> c.name(locale)));
        var rows = new ArrayList<Matrix.Row>();
        for (var t : threads) {
            rows.add(row(rows.size() + 1, t, categories, locale));
        }
        return new Matrix(draft.title(), draft.diaryNumber(), draft.fileNumber(),
                Messages.get(locale, "classification." + draft.classification().name()),
                committee(draft, locale), versionNumber, people.nameAndOffice(user.getUsername(), locale),
                clock.instant(), rows, locale);
    }

    private String committee(DraftDetails draft, Locale locale) {
        try {
            return directory.committee(draft.committeeId()).displayName(locale);
        } catch (RuntimeException e) {
            return draft.committeeCode();
        }
    }

    private static Matrix.Row row(int serial, ThreadView t, java.util.Map<String, String> categories, Locale locale) {
        var passage = t.passage();
        var place = ResponseTemplates.clause(t, locale);
        if (passage != null && passage.page() != null) {
            place = Messages.get(locale, "matrix.cell.page", passage.page()) + (Messages.isRightToLeft(locale) ? "، " : ", ")
                    + place;
        }
        var opening = t.opening();
        var comment = opening.retracted() ? Messages.get(locale, "matrix.cell.retracted")
                : opening.body() == null ? "" : opening.body();
        if (t.internal()) {
            comment = Messages.get(locale, "matrix.cell.internal") + " " + comment;
        }
        var suggestion = t.suggestion();
        var proposed = suggestion == null ? ""
                : suggestion.kind() == SuggestionKind.DELETE ? Messages.get(locale, "matrix.cell.delete")
                : suggestion.kind() == SuggestionKind.INSERT_AFTER
                        ? Messages.get(locale, "matrix.cell.insertAfter") + " " + suggestion.proposed()
                : suggestion.proposed();
        String commenter;
        if (t.fromMatrix() != null) {
            commenter = (t.fromMatrix().commenter() == null ? "" : t.fromMatrix().commenter() + "\n")
                    + Messages.get(locale, "matrix.cell.recordedFrom", DAY.format(t.fromMatrix().receivedOn()));
        } else {
            var home = opening.authorHome();
            commenter = opening.authorName() + (home != null ? " (" + home.name(locale) + ")" : "");
        }
        return new Matrix.Row(serial, t.versionNumber(), place, passage == null ? "" : passage.exact(), comment,
                proposed, commenter, categories.getOrDefault(t.category(), t.category()),
                Messages.get(locale, "severity." + t.severity().name()), position(t, locale), response(t),
                nextVersion(t, locale));
    }

    /** Accepted (with the wording accepted, when changed), declined with its reason, noted, or open. */
    private static String position(ThreadView t, Locale locale) {
        if (t.resolution() == null) {
            return Messages.get(locale, "matrix.cell.open");
        }
        var resolution = Messages.get(locale, "resolution." + t.resolution().name());
        var out = new StringBuilder(resolution);
        if (t.resolution() == Resolution.ACCEPTED && t.suggestion() != null && t.suggestion().accepted() != null) {
            out.setLength(0);
            out.append(Messages.get(locale, "matrix.cell.withChanges", resolution, t.suggestion().accepted()));
        }
        if (t.resolutionReason() != null && !t.resolutionReason().isBlank()) {
            out.append(t.resolution() == Resolution.DECLINED ? ": " : "\n").append(t.resolutionReason());
        }
        return out.toString();
    }

    /** The replies in the thread, each with its author: the committee's answer and what followed. */
    private static String response(ThreadView t) {
        return t.comments().stream().filter(c -> c.depth() > 0 && !c.retracted() && c.body() != null)
                .map(c -> c.authorName() + ": " + c.body()).collect(Collectors.joining("\n"));
    }

    /** For an accepted suggestion, whether the latest version checked carries it. */
    private static String nextVersion(ThreadView t, Locale locale) {
        var latest = t.suggestion() == null ? null : t.suggestion().latest();
        return latest == null ? ""
                : Messages.get(locale, "suggestion.verdict." + latest.verdict().name(), latest.versionNumber());
    }

    private ExportedFile audited(long draftId, Integer versionNumber, String format, Matrix matrix, byte[] content,
            String mediaType) {
        events.publishEvent(new MatrixExported(draftId, versionNumber, format, matrix.rows().size(),
                currentUser.require().getUsername(), clock.instant(), content.length, sha256(content)));
        return new ExportedFile(fileName(drafts.get(draftId), versionNumber, format), mediaType, content);
    }

    /** {@code NSMCWG-2026-0042-matrix-v2.xlsx}; ASCII only, so it needs no encoding in a download header. */
    static String fileName(DraftDetails draft, Integer versionNumber, String extension) {
        var base = draft.diaryNumber() == null ? "draft-" + draft.id() : draft.diaryNumber().replaceAll("[^A-Za-z0-9]+", "-");
        return base + "-matrix-" + (versionNumber == null ? "all" : "v" + versionNumber) + "." + extension;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
