package pk.gov.mashwara.directions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.calendar.WorkingCalendar;
import pk.gov.mashwara.directions.domain.Direction;
import pk.gov.mashwara.directions.domain.Letter;
import pk.gov.mashwara.directions.domain.ProgressEntry;
import pk.gov.mashwara.draft.AttachedFile;
import pk.gov.mashwara.security.MashwaraUser;

/**
 * Turns a {@link Cascade} into what one user may see of it: statuses rolled up from the bodies' latest entries,
 * due dates and overdue days computed for today (never stored), entries with or without their details.
 */
@Component
class CascadeViews {

    private final DueDates dueDates;
    private final DirectionAccess access;
    private final Clock clock;

    CascadeViews(DueDates dueDates, DirectionAccess access, Clock clock) {
        this.dueDates = dueDates;
        this.access = access;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingCalendar.OFFICE_ZONE);
    }

    DirectionInfo direction(Cascade cascade, Direction direction) {
        var today = today();
        var entries = cascade.entries.getOrDefault(direction.getId(), List.of());
        var bodies = cascade.acting(direction).stream().map(acting -> bodyStatus(cascade, acting, entries)).toList();
        var status = rollUp(bodies);
        var timeline = direction.timeline();
        var due = dueDates.due(timeline, cascade.root.getLetterDate(), cascade.eventDays());
        var overdue = due != null && status != ProgressStatus.DONE && today.isAfter(due);
        var lastEntry = entries.stream().map(ProgressEntry::getEntryDate).max(Comparator.naturalOrder()).orElse(null);
        return new DirectionInfo(direction.getId(), cascade.root.getId(), cascade.root.getReference(),
                direction.getLabel(), direction.getText(), direction.getTimelineText(), timeline,
                direction.getActionByText(), direction.isAllBodies(), bodies, status, due, overdue,
                overdue ? ChronoUnit.DAYS.between(due, today) : 0,
                dueDates.nextReport(timeline, cascade.root.getLetterDate(), lastEntry), direction.draftIdList(),
                direction.otherRefList());
    }

    private BodyStatus bodyStatus(Cascade cascade, Cascade.ActingBody acting, List<ProgressEntry> entries) {
        var latest = entries.stream().filter(e -> e.getCommitteeId() == acting.committeeId())
                .max(Comparator.comparing(ProgressEntry::getEntryDate).thenComparing(ProgressEntry::getId));
        if (latest.isEmpty()) {
            return new BodyStatus(cascade.body(acting.committeeId()), acting.lead(), ProgressStatus.NOT_STARTED, false,
                    null, null);
        }
        var entry = latest.get();
        var awaiting = entry.getStatus() == ProgressStatus.DONE && !entry.isConfirmed();
        return new BodyStatus(cascade.body(acting.committeeId()), acting.lead(),
                awaiting ? ProgressStatus.IN_PROGRESS : entry.getStatus(), awaiting, entry.getEntryDate(),
                entry.getPercent());
    }

    /**
     * A direction's status from its bodies': cannot proceed if any cannot; done when all are; not started when
     * none has begun; in progress otherwise. With no acting body, not started.
     */
    static ProgressStatus rollUp(List<BodyStatus> bodies) {
        if (bodies.isEmpty()) {
            return ProgressStatus.NOT_STARTED;
        }
        if (bodies.stream().anyMatch(b -> b.status() == ProgressStatus.CANNOT_PROCEED)) {
            return ProgressStatus.CANNOT_PROCEED;
        }
        if (bodies.stream().allMatch(b -> b.status() == ProgressStatus.DONE)) {
            return ProgressStatus.DONE;
        }
        if (bodies.stream().allMatch(b -> b.status() == ProgressStatus.NOT_STARTED)) {
            return ProgressStatus.NOT_STARTED;
        }
        return ProgressStatus.IN_PROGRESS;
    }

    List<DirectionInfo> visibleDirections(MashwaraUser user, Cascade cascade) {
        return cascade.directions.stream().filter(d -> access.seesDirection(user, cascade, d))
                .map(d -> direction(cascade, d)).toList();
    }

    LetterSummary summary(MashwaraUser user, Cascade cascade, Letter letter, List<DirectionInfo> visible) {
        return new LetterSummary(letter.getId(), cascade.body(letter.getIssuingOfficeId()), letter.getReference(),
                letter.getLetterDate(), letter.getSubject(), letter.getClassification(), letter.getPriority(),
                letter.getParentLetterId(), visible.size(), (int) visible.stream().filter(DirectionInfo::overdue).count());
    }

    CascadeNode node(MashwaraUser user, Cascade cascade, Letter letter, List<DirectionInfo> visible) {
        var receipts = cascade.receipts.getOrDefault(letter.getId(), List.of()).stream()
                .map(r -> new ReceiptInfo(r.getLetterId(), cascade.body(r.getCommitteeId()), r.getDiaryNumber(),
                        r.getReceivedOn(), r.getRecordedBy(), r.getRecordedAt()))
                .toList();
        var below = new ArrayList<CascadeNode>();
        for (var child : cascade.children.getOrDefault(letter.getId(), List.of())) {
            below.add(node(user, cascade, child, visible));
        }
        return new CascadeNode(summary(user, cascade, letter, visible), receipts, below);
    }

    ProgressItem entry(MashwaraUser user, Cascade cascade, ProgressEntry entry) {
        var detailed = access.readsEntry(user, cascade, entry);
        var evidence = detailed ? cascade.evidence.getOrDefault(entry.getId(), List.of()).stream()
                .map(e -> new ProgressItem.EvidenceInfo(e.getId(),
                        new AttachedFile(e.getFileName(), e.getMediaType(), e.getSizeBytes(), e.getSha256())))
                .toList() : List.<ProgressItem.EvidenceInfo>of();
        return new ProgressItem(entry.getId(), entry.getDirectionId(), cascade.body(entry.getCommitteeId()),
                entry.getEntryDate(), entry.getStatus(), detailed, detailed ? entry.getDoneText() : null,
                detailed ? entry.getRemainsText() : null, entry.getPercent(), detailed ? entry.getMilestone() : null,
                detailed ? entry.getReason() : null, entry.isShared(), entry.getRecordedBy(), entry.getRecordedAt(),
                entry.getConfirmedBy(), entry.getConfirmedAt(), evidence);
    }
}
