package pk.gov.mashwara.engagement;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.AttachedFile;
import pk.gov.mashwara.draft.FileDownload;
import pk.gov.mashwara.draft.KeptFiles;
import pk.gov.mashwara.engagement.EngagementEvents.CommitmentAdded;
import pk.gov.mashwara.engagement.EngagementEvents.DocumentAdded;
import pk.gov.mashwara.engagement.EngagementEvents.DocumentDownloaded;
import pk.gov.mashwara.engagement.EngagementEvents.EngagementLogged;
import pk.gov.mashwara.engagement.domain.Commitment;
import pk.gov.mashwara.engagement.domain.CommitmentRepository;
import pk.gov.mashwara.engagement.domain.Engagement;
import pk.gov.mashwara.engagement.domain.EngagementDocument;
import pk.gov.mashwara.engagement.domain.EngagementDocumentRepository;
import pk.gov.mashwara.engagement.domain.EngagementRepository;
import pk.gov.mashwara.engagement.domain.PlatformCompanyRepository;
import pk.gov.mashwara.routing.ClearanceService;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.ForbiddenException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.shared.Paging;
import pk.gov.mashwara.text.FileTexts;

/**
 * Logs engagements with the companies and reads them back, with their documents and commitments. Who may do what
 * is {@link EngagementAccess}'s; an engagement the reader may not see is not found.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class EngagementService {

    public static final int MAX_PAGE = 100;

    private final EngagementRepository engagements;
    private final EngagementDocumentRepository documents;
    private final CommitmentRepository commitments;
    private final PlatformCompanyRepository companies;
    private final EngagementAccess access;
    private final EngagementViews views;
    private final KeptFiles files;
    private final FileTexts fileTexts;
    private final ClearanceService clearances;
    private final CommitmentReminders notices;
    private final People people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EngagementService(EngagementRepository engagements, EngagementDocumentRepository documents,
            CommitmentRepository commitments, PlatformCompanyRepository companies, EngagementAccess access,
            EngagementViews views, KeptFiles files, ClearanceService clearances, CommitmentReminders notices, People people,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            FileTexts fileTexts) {
        this.fileTexts = fileTexts;
        this.engagements = engagements;
        this.documents = documents;
        this.commitments = commitments;
        this.companies = companies;
        this.access = access;
        this.views = views;
        this.files = files;
        this.clearances = clearances;
        this.notices = notices;
        this.people = people;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in user may log engagements (the page offers the button only then). */
    @Transactional(readOnly = true)
    public boolean mayLog() {
        return access.mayLog(currentUser.require());
    }

    /** The largest document accepted. */
    @Transactional(readOnly = true)
    public long uploadLimitBytes() {
        return files.uploadLimitBytes();
    }

    /** Logs an engagement; refused for anyone but the NSMCWG and the NSA's lead. */
    public EngagementDetails log(NewEngagement form) {
        var user = currentUser.require();
        if (!access.mayLog(user)) {
            throw new ForbiddenException("error.engagement.mayNotLog");
        }
        var company = companies.findByNameIgnoreCase(EngagementTexts.required(form.company(), "company", 120))
                .filter(c -> c.isActive())
                .orElseThrow(() -> InvalidInputException.onField("company", "error.engagement.company.unknown", form.company()));
        if (form.kind() == null) {
            throw InvalidInputException.onField("kind", "error.engagement.required", "kind");
        }
        var occurred = EngagementTexts.date(form.occurredOn(), "occurredOn");
        if (occurred.isAfter(access.today())) {
            throw InvalidInputException.onField("occurredOn", "error.engagement.future");
        }
        var subject = EngagementTexts.required(form.subject(), "subject", EngagementTexts.SUBJECT);
        var lead = lead(form.lead(), user);
        var ours = EngagementTexts.required(form.ourParticipants(), "ourParticipants", EngagementTexts.PARTICIPANTS);
        var theirs = EngagementTexts.optional(form.theirParticipants(), "theirParticipants", EngagementTexts.PARTICIPANTS);
        var topics = EngagementTexts.required(form.topics(), "topics", EngagementTexts.LONG_TEXT);
        var position = EngagementTexts.optional(form.position(), "position", EngagementTexts.LONG_TEXT);
        if (form.positionDraftId() != null) {
            // a draft the user may not see is not found; one without a clearance cannot be the position's basis
            clearances.clearance(form.positionDraftId()).orElseThrow(() -> InvalidInputException
                    .onField("positionDraftId", "error.engagement.notCleared", form.positionDraftId()));
        }
        var direction = EngagementTexts.optional(form.directionNumber(), "directionNumber", 8);
        if (direction != null && !direction.matches("[1-9]")) {
            throw InvalidInputException.onField("directionNumber", "error.engagement.direction", direction);
        }
        var reference = EngagementTexts.optional(form.letterReference(), "letterReference", EngagementTexts.REFERENCE);
        var bodies = new LinkedHashSet<Long>();
        for (var code : form.bodies()) {
            bodies.add(views.committeeId(code, "bodies"));
        }
        var now = clock.instant();
        var saved = engagements.save(new Engagement(company.getId(), form.kind(), occurred, subject, lead, ours, theirs,
                topics, position, form.positionDraftId(), direction, reference, bodies, user.getUsername(), now));
        events.publishEvent(new EngagementLogged(saved.getId(), company.getName(), form.kind(), occurred, lead,
                user.getUsername(), now));
        return views.details(saved, user);
    }

    /** The engagements the reader may see, newest first, filtered by company id, kind and dates (each may be null). */
    @Transactional(readOnly = true)
    public List<EngagementSummary> list(Long companyId, EngagementKind kind, LocalDate from, LocalDate to, int offset,
            int limit) {
        Paging.check(offset, limit, MAX_PAGE);
        var user = currentUser.require();
        // the rows up to the end of the page asked for, then the page: any offset, not only multiples of the limit
        var found = engagements.visible(companyId, kind, from, to, access.readsAll(user), user.getUsername(),
                user.committeeId(), PageRequest.of(0, offset + limit));
        return views.summaries(found.subList(Math.min(offset, found.size()), found.size()));
    }

    @Transactional(readOnly = true)
    public EngagementDetails get(long id) {
        var user = currentUser.require();
        return views.details(readable(id, user), user);
    }

    /** Adds a document exchanged in the engagement; a refused file leaves nothing behind. */
    public EngagementDocumentInfo addDocument(long id, DocumentDirection direction, String fileName, InputStream content) {
        var user = currentUser.require();
        var engagement = changeable(id, user);
        if (direction == null) {
            throw InvalidInputException.onField("direction", "error.engagement.required", "direction");
        }
        AttachedFile stored = files.store(fileName, content);
        var now = clock.instant();
        var saved = documents.save(new EngagementDocument(engagement.getId(), direction, stored.fileName(),
                stored.mediaType(), stored.sizeBytes(), stored.sha256(), user.getUsername(), now));
        fileTexts.extract(saved.getSha256());
        events.publishEvent(new DocumentAdded(id, saved.getId(), direction, saved.getFileName(), saved.getMediaType(),
                saved.getSizeBytes(), saved.getSha256(), user.getUsername(), now));
        return EngagementViews.info(saved);
    }

    /** The bytes of a document of the engagement, for whoever reads it; every download is audited. */
    public FileDownload download(long id, long documentId) {
        var user = currentUser.require();
        readable(id, user);
        var document = documents.findById(documentId).filter(d -> d.getEngagementId() == id)
                .orElseThrow(() -> new NotFoundException("error.engagement.document.notFound", documentId));
        events.publishEvent(new DocumentDownloaded(id, documentId, document.getFileName(), document.getSha256(),
                user.getUsername(), clock.instant()));
        return files.open(new AttachedFile(document.getFileName(), document.getMediaType(), document.getSizeBytes(),
                document.getSha256()));
    }

    /** Records a commitment made in the engagement; a body that owes one becomes party to the engagement. */
    public CommitmentInfo addCommitment(long id, NewCommitment form) {
        var user = currentUser.require();
        var engagement = changeable(id, user);
        var description = EngagementTexts.required(form.description(), "description", EngagementTexts.NOTE);
        var due = EngagementTexts.date(form.dueOn(), "dueOn");
        if (due.isBefore(engagement.getOccurredOn())) {
            throw InvalidInputException.onField("dueOn", "error.engagement.dueBeforeEngagement");
        }
        Long owner = null;
        if (form.owner() != null && !form.owner().isBlank()
                && !CommitmentFilter.COMPANY.equalsIgnoreCase(form.owner().strip())) {
            owner = views.committeeId(form.owner(), "owner");
            engagement.involve(owner);
        }
        var now = clock.instant();
        var saved = commitments.save(new Commitment(id, owner, description, due, user.getUsername(), now));
        events.publishEvent(new CommitmentAdded(id, saved.getId(), owner == null ? null
                : views.committeeCode(owner), due, user.getUsername(), now));
        notices.owed(saved, engagement, user.getUsername(), user.displayName());
        return views.commitment(saved, engagement);
    }

    private String lead(String given, MashwaraUser user) {
        if (given == null || given.isBlank()) {
            return user.getUsername();
        }
        var lead = people.byUsername(given).filter(EngagementAccess::mayLead)
                .orElseThrow(() -> InvalidInputException.onField("lead", "error.engagement.lead", given.strip()));
        return lead.username();
    }

    Engagement readable(long id, MashwaraUser user) {
        return engagements.findById(id).filter(e -> access.mayRead(user, e))
                .orElseThrow(() -> new NotFoundException("error.engagement.notFound", id));
    }

    private Engagement changeable(long id, MashwaraUser user) {
        var engagement = readable(id, user);
        if (!access.mayChange(user, engagement)) {
            throw new ForbiddenException("error.engagement.mayNotChange");
        }
        return engagement;
    }
}
