package pk.gov.mashwara.record;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftRecordExport;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.record.pdf.RecordContent;
import pk.gov.mashwara.record.pdf.RecordPdf;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.shared.Messages;
import pk.gov.mashwara.text.ExtractionSummary;
import pk.gov.mashwara.text.ReaderService;

/**
 * Exports the review record of a draft as PDF for the signed-in user. Whoever may see the draft may export its
 * record; a draft they may not see is not found, exactly as on the draft page. Everything in the record comes
 * through the other modules' checked services, so it holds only what its reader may see (a committee's
 * internal notes only for that committee). Every export is recorded in the audit log.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class RecordService implements DraftRecordExport {

    public static final String MEDIA_TYPE = "application/pdf";

    private final DraftService drafts;
    private final ReviewService review;
    private final ReaderService reader;
    private final DirectoryService directory;
    private final People people;
    private final List<RecordSection> sections;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordService(DraftService drafts, ReviewService review, ReaderService reader, DirectoryService directory,
            People people, List<RecordSection> sections, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.drafts = drafts;
        this.review = review;
        this.reader = reader;
        this.directory = directory;
        this.people = people;
        this.sections = sections.stream().sorted(Comparator.comparingInt(RecordSection::order)).toList();
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The review record of a draft as a PDF file named after its diary number. */
    @Override
    public ExportedFile export(long draftId) {
        var user = currentUser.require();
        var draft = drafts.get(draftId);
        var names = new HashMap<String, String>();
        Function<String, String> person = username -> username == null ? ""
                // by name and office, as the record's reader knows them, never by user id
                : names.computeIfAbsent(username, u -> people.nameAndOffice(u, java.util.Locale.ENGLISH));
        var context = new RecordContext(draft, person);
        var blocks = sections.stream().flatMap(s -> s.contribute(context).stream()).toList();
        var now = clock.instant();
        var content = new RecordContent(draft, directory.committee(draft.committeeId()).name(), textStatus(draftId),
                review.allThreads(draftId), review.window(draftId), blocks, now, person.apply(user.getUsername()),
                person);
        var rendered = RecordPdf.write(content);
        events.publishEvent(new RecordExported(draftId, user.getUsername(), now, rendered.pages(),
                rendered.content().length, sha256(rendered.content())));
        return new ExportedFile(fileName(draft), MEDIA_TYPE, rendered.content());
    }

    /**
     * {@code NSMCWG-2026-0042-record.pdf} once the draft has a diary number, {@code draft-17-record.pdf} before:
     * ASCII only, so it needs no encoding in a download header.
     */
    static String fileName(DraftDetails draft) {
        var base = draft.diaryNumber() == null ? "draft-" + draft.id()
                : draft.diaryNumber().replaceAll("[^A-Za-z0-9]+", "-");
        return base + "-record.pdf";
    }

    private Map<Integer, String> textStatus(long draftId) {
        return reader.statuses(draftId).stream().collect(Collectors.toMap(ExtractionSummary::versionNumber,
                s -> Messages.get(Locale.ENGLISH, "extractionStatus." + s.status().name())));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
