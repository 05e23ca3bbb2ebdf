package pk.gov.mashwara.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.audit.domain.AuditEntry;
import pk.gov.mashwara.audit.domain.AuditEntryQueries;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.record.RecordBlock;
import pk.gov.mashwara.record.RecordContext;
import pk.gov.mashwara.record.RecordSection;
import pk.gov.mashwara.shared.Messages;

/**
 * The status history of a draft in its review record: its creation and every change of status, with who, when
 * and the note given, as the audit log recorded them. The record module asks only once the reader's right to
 * see the draft is checked; the reader sees the history of that draft alone, not the audit log.
 */
@Component
class DraftHistorySection implements RecordSection {

    /** How the recorder writes a status change: {@code FROM → TO} and, when given, {@code : note}. */
    private static final Pattern CHANGE = Pattern.compile("([A-Z_]+) → ([A-Z_]+)(?:: (.*))?", Pattern.DOTALL);
    /** How the recorder writes a routing action: {@code action: FROM → TO} and, when given, {@code ; reason: …}. */
    private static final Pattern ACTION = Pattern.compile("[a-z-]+: ([A-Z_]+) → ([A-Z_]+)(?:; reason: (.*?))?(?:; [a-zA-Z]+=.*)?",
            Pattern.DOTALL);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'PKT'", Locale.ENGLISH)
            .withZone(ZoneId.of("Asia/Karachi"));
    private static final int LIMIT = 500;

    private final AuditEntryQueries queries;

    DraftHistorySection(AuditEntryQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return HISTORY;
    }

    @Override
    public Optional<RecordBlock> contribute(RecordContext context) {
        var target = Long.toString(context.draft().id());
        var entries = new ArrayList<AuditEntry>();
        entries.addAll(queries.find(new AuditQuery(null, AuditAction.DRAFT_CREATED, "DRAFT", target, null, null), 0, LIMIT));
        entries.addAll(queries.find(new AuditQuery(null, AuditAction.STATUS_CHANGED, "DRAFT", target, null, null), 0, LIMIT));
        // the routing actions that moved the draft (earlier releases wrote a STATUS_CHANGED entry for each too)
        entries.addAll(queries.find(new AuditQuery(null, AuditAction.ROUTING_ACTION, "DRAFT", target, null, null), 0, LIMIT)
                .stream().filter(e -> moved(e.toRecord())).toList());
        var records = entries.stream().map(AuditEntry::toRecord)
                .sorted(Comparator.comparing(AuditRecord::occurredAt).thenComparingLong(AuditRecord::id)).toList();
        var rows = new ArrayList<List<String>>();
        for (var entry : records) {
            rows.add(row(entry, context));
        }
        var elements = new ArrayList<RecordBlock.Element>();
        if (rows.isEmpty()) {
            elements.add(new RecordBlock.Text("The audit log has no status changes of this draft yet."));
        } else {
            elements.add(new RecordBlock.Table(List.of("Date and time", "From", "To", "By", "Note"),
                    new float[] { 24, 19, 19, 20, 18 }, rows));
        }
        return Optional.of(new RecordBlock("Status history", elements));
    }

    private static List<String> row(AuditRecord entry, RecordContext context) {
        var when = TIME.format(entry.occurredAt());
        var by = context.person(entry.actor());
        if (entry.action() == AuditAction.DRAFT_CREATED) {
            return List.of(when, "", status(DraftStatus.DRAFT.name()), by, "Draft created");
        }
        var detail = entry.detail() == null ? "" : entry.detail();
        var action = ACTION.matcher(detail);
        if (entry.action() == AuditAction.ROUTING_ACTION && action.matches()) {
            return List.of(when, status(action.group(1)), status(action.group(2)), by,
                    action.group(3) == null ? "" : action.group(3));
        }
        var change = CHANGE.matcher(detail);
        if (change.matches()) {
            return List.of(when, status(change.group(1)), status(change.group(2)), by,
                    change.group(3) == null ? "" : change.group(3));
        }
        return List.of(when, "", "", by, detail);
    }

    /** Whether a routing action's entry is a move (a recorded view, say, leaves the draft where it was). */
    private static boolean moved(AuditRecord entry) {
        var action = entry.detail() == null ? null : ACTION.matcher(entry.detail());
        return action != null && action.matches() && !action.group(1).equals(action.group(2));
    }

    private static String status(String name) {
        return Messages.get(Locale.ENGLISH, "draftStatus." + name);
    }
}
