package pk.gov.mashwara.routing;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.record.RecordBlock;
import pk.gov.mashwara.record.RecordContext;
import pk.gov.mashwara.record.RecordSection;

/**
 * The focal person's clearance in the review record: the stamp, who signed and when, the version cleared with its
 * SHA-256, the consolidated input and the hash, checked afresh; earlier clearances when the draft was cleared
 * again after a revision. The record module asks only once the reader's right to see the draft is checked.
 */
@Component
class ClearanceSection implements RecordSection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'PKT'", Locale.ENGLISH)
            .withZone(DraftService.OFFICE_ZONE);

    private final Clearances clearances;

    ClearanceSection(Clearances clearances) {
        this.clearances = clearances;
    }

    @Override
    public int order() {
        return CLEARANCE;
    }

    @Override
    public Optional<RecordBlock> contribute(RecordContext context) {
        var all = clearances.all(context.draft());
        if (all.isEmpty()) {
            return Optional.of(new RecordBlock("Clearance", List.of(new RecordBlock.Text(
                    "Not cleared yet: the focal person has not cleared the working group's input on this draft."))));
        }
        var latest = all.getLast();
        var elements = new ArrayList<RecordBlock.Element>();
        elements.add(new RecordBlock.Text(stamp(latest)));
        var fields = new ArrayList<RecordBlock.Field>();
        fields.add(new RecordBlock.Field("Cleared by", context.person(latest.signer())));
        fields.add(new RecordBlock.Field("Signed at", time(latest.signedAt())));
        fields.add(new RecordBlock.Field("Version cleared", "Version " + latest.versionNumber()
                + (latest.ofLatestVersion() ? "" : " (a later version has been uploaded since)")));
        fields.add(new RecordBlock.Field("SHA-256 of the version", latest.versionSha256()));
        fields.add(new RecordBlock.Field("Clearance hash (SHA-256)", latest.hash()));
        fields.add(new RecordBlock.Field("Verification", latest.intact()
                ? "Intact: the stored clearance hashes to this value"
                : "TAMPERED: the stored clearance no longer hashes to this value; it was changed outside the portal"));
        elements.add(new RecordBlock.Fields(fields));
        elements.add(new RecordBlock.Text("Consolidated input of the working group, as cleared:"));
        readable(latest.input()).lines().filter(line -> !line.isBlank())
                .forEach(line -> elements.add(new RecordBlock.Text(line)));
        if (all.size() > 1) {
            // particulars rather than a table: a hash must stand on one line to be compared
            elements.add(new RecordBlock.Text("Earlier clearances of this draft:"));
            elements.add(new RecordBlock.Fields(all.subList(0, all.size() - 1).stream()
                    .map(c -> new RecordBlock.Field("Version " + c.versionNumber() + ", " + time(c.signedAt()) + ", "
                            + context.person(c.signer()), c.hash() + (c.intact() ? "" : " (TAMPERED)")))
                    .toList()));
        }
        return Optional.of(new RecordBlock("Clearance", elements));
    }

    /**
     * The cleared text as words: the covering note, then the text of the input document without its markup (a
     * clearance given before the input was a document is plain text already and is kept as it is).
     */
    static String readable(String input) {
        int split = input.indexOf("\n\n");
        if (split < 0 || !input.substring(split + 2).stripLeading().startsWith("<")) {
            return input;
        }
        return input.substring(0, split) + "\n" + InputHtml.plain(input.substring(split + 2));
    }

    /** "Cleared by Focal Person on 29 Nov 2026, 16:20 PKT · SHA-256 9f3a1c0e…". */
    static String stamp(ClearanceStamp c) {
        return "Cleared by " + c.signerName() + " on " + time(c.signedAt()) + " · SHA-256 " + c.shortHash();
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }
}
