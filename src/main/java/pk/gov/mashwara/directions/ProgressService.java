package pk.gov.mashwara.directions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directions.domain.Direction;
import pk.gov.mashwara.directions.domain.DirectionRepository;
import pk.gov.mashwara.directions.domain.Evidence;
import pk.gov.mashwara.directions.domain.EvidenceRepository;
import pk.gov.mashwara.directions.domain.ProgressEntry;
import pk.gov.mashwara.directions.domain.ProgressEntryRepository;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.AttachedFile;
import pk.gov.mashwara.draft.FileDownload;
import pk.gov.mashwara.draft.StoredFiles;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.ForbiddenException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.text.FileTexts;

/**
 * A direction as the user may see it, and the progress its bodies record: dated entries with their evidence, the
 * lead body's confirmation of work done, and a body's report that it cannot proceed, which goes to the issuing
 * office. A direction the user may not see is "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ProgressService {

    static final int MAX_TEXT = 10_000;
    static final int MAX_MILESTONE = 200;
    /** The most files of evidence one entry carries. */
    public static final int MAX_EVIDENCE = 10;

    private final DirectionRepository directions;
    private final ProgressEntryRepository entries;
    private final EvidenceRepository evidence;
    private final Cascades cascades;
    private final CascadeViews views;
    private final DirectionAccess access;
    private final StoredFiles files;
    private final FileTexts fileTexts;
    private final NotificationService notifications;
    private final People people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ProgressService(DirectionRepository directions, ProgressEntryRepository entries, EvidenceRepository evidence,
            Cascades cascades, CascadeViews views, DirectionAccess access, StoredFiles files,
            NotificationService notifications, People people, CurrentUser currentUser,
            ApplicationEventPublisher publisher, Clock clock, FileTexts fileTexts) {
        this.fileTexts = fileTexts;
        this.directions = directions;
        this.entries = entries;
        this.evidence = evidence;
        this.cascades = cascades;
        this.views = views;
        this.access = access;
        this.files = files;
        this.notifications = notifications;
        this.people = people;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** A direction with its computed state, its entries as the user may see them, and what the user may do. */
    public record DirectionPage(DirectionInfo direction, LetterSummary letter, List<ProgressItem> entries,
            BodyRef myBody, boolean canRecord, boolean canConfirm) {
    }

    @Transactional(readOnly = true)
    public DirectionPage direction(long directionId) {
        var user = currentUser.require();
        var found = visible(user, directionId);
        var cascade = found.cascade();
        var info = views.direction(cascade, found.direction());
        var visible = views.visibleDirections(user, cascade);
        var items = cascade.entries.getOrDefault(directionId, List.of()).stream()
                .map(e -> views.entry(user, cascade, e)).toList().reversed();
        var body = access.bodyOf(user).filter(b -> access.actsFor(user, b) && info.actsOn(b));
        return new DirectionPage(info, views.summary(user, cascade, cascade.root, visible), items,
                body.map(cascade::body).orElse(null), body.isPresent(),
                officerOfLead(user, cascade, found.direction()));
    }

    /** Records an entry for the user's body on the direction, with its evidence. */
    public ProgressItem record(long directionId, NewProgress progress) {
        var user = currentUser.require();
        var found = visible(user, directionId);
        var cascade = found.cascade();
        var direction = found.direction();
        var body = access.bodyOf(user).filter(b -> access.actsFor(user, b) && cascade.acts(direction, b))
                .orElseThrow(() -> new ForbiddenException("error.directions.progress.notActing", direction.getLabel()));
        if (progress == null || progress.status() == null) {
            throw InvalidInputException.onField("status", "error.directions.progress.status");
        }
        var date = progress.date() == null ? views.today() : Checks.date(progress.date(), "date", views.today());
        if (date.isBefore(cascade.root.getLetterDate())) {
            throw InvalidInputException.onField("date", "error.directions.progress.beforeLetter");
        }
        var done = Checks.required(progress.done(), "done", MAX_TEXT);
        var percent = progress.percent();
        if (percent != null && (percent < 0 || percent > 100)) {
            throw InvalidInputException.onField("percent", "error.directions.progress.percent");
        }
        var reason = Checks.optional(progress.reason(), "reason", MAX_TEXT);
        if (progress.status() == ProgressStatus.CANNOT_PROCEED && reason == null) {
            throw InvalidInputException.onField("reason", "error.directions.progress.reasonRequired");
        }
        if (progress.evidence().size() > MAX_EVIDENCE) {
            throw InvalidInputException.onField("evidence", "error.directions.progress.tooManyFiles", MAX_EVIDENCE);
        }
        var earlier = cascade.entries.getOrDefault(directionId, List.of()).stream()
                .filter(e -> e.getCommitteeId() == body).toList();
        if (progress.status() == ProgressStatus.DONE && progress.evidence().isEmpty()
                && earlier.stream().noneMatch(e -> cascade.evidence.containsKey(e.getId()))) {
            throw InvalidInputException.onField("evidence", "error.directions.progress.evidenceRequired");
        }
        var entry = entries.save(new ProgressEntry(directionId, body, date, progress.status(), done,
                Checks.optional(progress.remains(), "remains", MAX_TEXT), percent,
                Checks.optional(progress.milestone(), "milestone", MAX_MILESTONE), reason, progress.shared(),
                user.getUsername(), clock.instant()));
        var kept = new ArrayList<Evidence>();
        for (var file : progress.evidence()) {
            kept.add(evidence.save(store(entry.getId(), file)));
        }
        if (progress.status() == ProgressStatus.DONE && officerOfLead(user, cascade, direction)) {
            // the lead's own officer reporting it done confirms it in the same act
            entry.confirm(user.getUsername(), clock.instant());
        }
        publisher.publishEvent(new DirectionsActed(clock.instant(), user.getUsername(),
                DirectionsActed.Act.PROGRESS_RECORDED, cascade.root.getId(), "direction " + direction.getLabel()
                        + ", " + cascade.body(body).code() + ": " + progress.status() + " on " + date
                        + (percent == null ? "" : ", " + percent + "%")
                        + kept.stream().map(e -> "; evidence " + e.getFileName() + " sha256 " + e.getSha256())
                                .reduce("", String::concat)));
        if (progress.status() == ProgressStatus.CANNOT_PROCEED) {
            tellIssuingOffice(user, cascade, direction, body, reason);
        }
        cascade.entries.computeIfAbsent(directionId, k -> new ArrayList<>()).add(entry);
        cascade.evidence.put(entry.getId(), kept);
        return views.entry(user, cascade, entry);
    }

    /** The lead body's officer confirms that the work an entry reports done is done. */
    public ProgressItem confirm(long entryId) {
        var user = currentUser.require();
        var entry = entries.findById(entryId)
                .orElseThrow(() -> new NotFoundException("error.directions.progress.notFound", entryId));
        var found = visible(user, entry.getDirectionId());
        if (!officerOfLead(user, found.cascade(), found.direction())) {
            throw new ForbiddenException("error.directions.progress.confirmForbidden");
        }
        if (entry.getStatus() != ProgressStatus.DONE) {
            throw new InvalidInputException("error.directions.progress.confirmNotDone");
        }
        if (entry.isConfirmed()) {
            throw new ConflictException("error.directions.progress.confirmed");
        }
        entry.confirm(user.getUsername(), clock.instant());
        publisher.publishEvent(new DirectionsActed(clock.instant(), user.getUsername(),
                DirectionsActed.Act.PROGRESS_CONFIRMED, found.cascade().root.getId(), "direction "
                        + found.direction().getLabel() + ", entry " + entryId + " of "
                        + found.cascade().body(entry.getCommitteeId()).code() + " confirmed done"));
        return views.entry(user, found.cascade(), entry);
    }

    /** A file of evidence, for a user who may read its entry; audited. */
    @Transactional(readOnly = true)
    public FileDownload evidence(long evidenceId) {
        var user = currentUser.require();
        var file = evidence.findById(evidenceId)
                .orElseThrow(() -> new NotFoundException("error.directions.evidence.notFound", evidenceId));
        var entry = entries.findById(file.getProgressId()).orElseThrow();
        var found = visible(user, entry.getDirectionId());
        if (!access.readsEntry(user, found.cascade(), entry)) {
            throw new NotFoundException("error.directions.evidence.notFound", evidenceId);
        }
        publisher.publishEvent(new DirectionsActed(clock.instant(), user.getUsername(),
                DirectionsActed.Act.EVIDENCE_DOWNLOADED, found.cascade().root.getId(), "direction "
                        + found.direction().getLabel() + ", evidence " + file.getFileName() + " sha256 "
                        + file.getSha256()));
        return files.open(new AttachedFile(file.getFileName(), file.getMediaType(), file.getSizeBytes(),
                file.getSha256()));
    }

    record Found(Cascade cascade, Direction direction) {
    }

    Found visible(MashwaraUser user, long directionId) {
        var direction = directions.findById(directionId)
                .orElseThrow(() -> new NotFoundException("error.directions.direction.notFound", directionId));
        var cascade = cascades.of(direction.getLetterId());
        var mine = cascade.directions.stream().filter(d -> d.getId() == directionId).findFirst().orElse(direction);
        if (!access.seesDirection(user, cascade, mine)) {
            throw new NotFoundException("error.directions.direction.notFound", directionId);
        }
        return new Found(cascade, mine);
    }

    /**
     * Whether the user confirms work done on the direction: the lead body's officer, or, where no body leads ("All
     * Ministries/Divisions"), the issuing office's.
     */
    private boolean officerOfLead(MashwaraUser user, Cascade cascade, Direction direction) {
        var leads = cascade.acting(direction).stream().filter(Cascade.ActingBody::lead).toList();
        if (leads.isEmpty()) {
            return access.officerOf(user, cascade.root.getIssuingOfficeId());
        }
        return leads.stream().anyMatch(lead -> access.officerOf(user, lead.committeeId()));
    }

    private Evidence store(long entryId, EvidenceFile file) {
        if (file == null || file.content() == null) {
            throw InvalidInputException.onField("evidence", "error.directions.progress.evidenceMissing");
        }
        AttachedFile stored;
        try (var in = file.content().open()) {
            stored = files.store(file.fileName(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the evidence", e);
        }
        fileTexts.extract(stored.sha256());
        return new Evidence(entryId, stored.fileName(), stored.mediaType(), stored.sizeBytes(), stored.sha256());
    }

    /** The issuing office's people hear at once that a body cannot proceed, and why. */
    private void tellIssuingOffice(MashwaraUser user, Cascade cascade, Direction direction, long body, String reason) {
        var recipients = new HashSet<Long>();
        for (var member : people.membersOf(cascade.root.getIssuingOfficeId())) {
            if (member.id() != user.id() && member.roles().stream()
                    .anyMatch(r -> r == Role.PMO_MONITOR || r == Role.COMMITTEE_OFFICER)) {
                recipients.add(member.id());
            }
        }
        notifications.sendAbout(NotificationKind.DIRECTION_CANNOT_PROCEED, recipients,
                cascade.body(body).code(), cascade.root.getReference() + " — " + direction.getLabel(), reason,
                "directions/" + direction.getId());
    }
}
