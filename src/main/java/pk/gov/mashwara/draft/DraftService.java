package pk.gov.mashwara.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.draft.domain.Draft;
import pk.gov.mashwara.draft.domain.DraftRepository;
import pk.gov.mashwara.draft.domain.DraftVersionRepository;
import pk.gov.mashwara.draft.storage.ContentInspector;
import pk.gov.mashwara.draft.storage.FileStore;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.FileNames;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * Drafts and versions: list, read, create, upload a version, download. A draft moves only through the routing
 * module's {@code RoutingService}, which calls {@link #transition} here. Every method works for the signed-in user only, and a draft the user may not see is reported
 * as not found, whatever the method.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class DraftService {

    /** Pakistan Standard Time: diary years follow the office's calendar, not UTC. */
    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Karachi");

    private final DraftRepository drafts;
    private final DraftVersionRepository versions;
    private final DraftAccess access;
    private final FileStore store;
    private final ContentInspector inspector;
    private final DiaryNumbers diaryNumbers;
    private final DirectoryService directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final pk.gov.mashwara.draft.domain.DraftShareRepository shares;

    DraftService(DraftRepository drafts, DraftVersionRepository versions, DraftAccess access, FileStore store,
            ContentInspector inspector, DiaryNumbers diaryNumbers, DirectoryService directory, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, pk.gov.mashwara.draft.domain.DraftShareRepository shares) {
        this.shares = shares;
        this.drafts = drafts;
        this.versions = versions;
        this.access = access;
        this.store = store;
        this.inspector = inspector;
        this.diaryNumbers = diaryNumbers;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The drafts the user may see, narrowed by the filter, one page at a time. */
    @Transactional(readOnly = true)
    public Page<DraftSummary> list(DraftFilter filter, Pageable pageable) {
        if (pageable.isPaged() && pageable.getOffset() + pageable.getPageSize() > Integer.MAX_VALUE) {
            // the database is asked for rows by an int offset: a page past it is no page at all
            throw new InvalidInputException("error.api.pageTooFar", pageable.getPageNumber(), pageable.getPageSize());
        }
        if (pageable.getSort().isUnsorted()) {
            pageable = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                    Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by(Sort.Direction.DESC, "id")));
        }
        var page = drafts.findAll(specFor(filter), pageable);
        var ids = page.getContent().stream().map(Draft::getId).collect(Collectors.toSet());
        var latest = new HashMap<Long, Integer>();
        if (!ids.isEmpty()) {
            versions.latestNumbers(ids).forEach(row -> latest.put((Long) row[0], ((Number) row[1]).intValue()));
        }
        var codes = committeeCodes();
        return page.map(d -> new DraftSummary(d.getId(), d.getTitle(), d.getCommitteeId(), codes.get(d.getCommitteeId()),
                d.getKind(), d.getClassification(), d.getStatus(), d.getDiaryNumber(), latest.getOrDefault(d.getId(), 0),
                d.getUpdatedAt(), d.getFileNumber(), d.getPriority()));
    }

    @Transactional(readOnly = true)
    public long count(DraftFilter filter) {
        return drafts.count(specFor(filter));
    }

    @Transactional(readOnly = true)
    public DraftDetails get(long id) {
        var user = currentUser.require();
        return details(visibleDraft(id, user), user);
    }

    /** The committees for which the user may create drafts (empty for everyone but drafters). */
    @Transactional(readOnly = true)
    public List<CommitteeInfo> committeesForNewDrafts() {
        var user = currentUser.require();
        return directory.committees().stream().filter(c -> c.active() && access.canCreateFor(user, c.id())).toList();
    }

    /**
     * What the current user may see, for queries outside this module (the search index) that must apply
     * exactly the rule the drafts list applies.
     */
    @Transactional(readOnly = true)
    public DraftVisibility visibility() {
        return access.visibility(currentUser.require());
    }

    /** The largest file the portal accepts, so that the UI can refuse a larger one before sending it. */
    @Transactional(readOnly = true)
    public long uploadLimitBytes() {
        return store.maxBytes();
    }

    /** Refuses at once when the user may not create drafts for the committee (before any file is looked at). */
    @Transactional(readOnly = true)
    public void requireMayCreateFor(long committeeId) {
        if (!access.canCreateFor(currentUser.require(), committeeId)) {
            throw new AccessDeniedException("Only drafters of the committee can create its drafts.");
        }
    }

    /** Creates a draft with its first version. Nothing is kept if the file is refused. */
    public CreatedDraft create(NewDraft metadata, String fileName, InputStream content) {
        var user = currentUser.require();
        if (!access.canCreateFor(user, metadata.committeeId())) {
            throw new AccessDeniedException("Only drafters of the committee can create its drafts.");
        }
        var fileNumber = FileNumbers.check(metadata.fileNumber(), "fileNumber");
        var draft = new Draft(metadata.title(), metadata.committeeId(), metadata.kind(), metadata.legalBasis(),
                metadata.financialImplications(), metadata.classification(), user.getUsername(), clock.instant());
        draft.setFileNumber(fileNumber, clock.instant());
        draft.mark(metadata.priority() == null ? Priority.ROUTINE : metadata.priority(), clock.instant());
        draft = drafts.save(draft);
        draft.announceCreated();
        return storeVersion(draft, user, fileName, content);
    }

    /** Uploads the next version of a draft. */
    public CreatedDraft addVersion(long draftId, String fileName, InputStream content) {
        var user = currentUser.require();
        // One upload to a draft at a time: the draft's row is locked first, before anything of it is read in this
        // transaction, so that its versions are read after any upload that held the lock has committed, and the
        // next number is free
        drafts.findForUpdate(draftId);
        var draft = visibleDraft(draftId, user);
        if (!access.canCreateFor(user, draft.getCommitteeId())) {
            throw new AccessDeniedException("Only drafters of the committee can upload versions.");
        }
        return storeVersion(draft, user, fileName, content);
    }

    /** The original bytes of a version. Recorded in the audit log. */
    public FileDownload download(long draftId, int number) {
        var user = currentUser.require();
        var draft = visibleDraft(draftId, user);
        var version = draft.getVersions().stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("error.version.notFound", number));
        events.publishEvent(new VersionDownloaded(draftId, number, user.getUsername(), clock.instant()));
        var sha = version.getSha256();
        return new FileDownload(version.getFileName(), version.getMediaType(), version.getSizeBytes(), sha,
                () -> store.open(sha));
    }

    /**
     * Routing use only: the one move of a draft's status, for the routing service, which has found the action in
     * its rule book and checked who takes it and what must hold (an architecture test keeps every other module
     * from calling it, so there is no second way to move a draft). This checks that the user sees the draft and
     * that nobody acted meanwhile, and assigns the diary number when asked to (once: a draft keeps its number
     * when it comes back after revision); the draft itself refuses a move from a state the action does not leave.
     * The draft is not read again when the action already read it in this transaction.
     */
    public DraftDetails transition(DraftTransition move) {
        var user = currentUser.require();
        var draft = visibleDraft(move.draftId(), user);
        requireVersion(draft, move.expectedVersion());
        var now = clock.instant();
        if (move.assignDiaryNumber()) {
            draft.requireVersions();
            if (draft.getDiaryNumber() == null) {
                draft.assignDiaryNumber(diaryNumbers.next(now.atZone(OFFICE_ZONE).getYear()), now);
            } else {
                draft.assignDiaryNumber(draft.getDiaryNumber(), now);
            }
        }
        draft.transition(move.from(), move.to(), user.getUsername(), move.note(), now);
        return details(drafts.saveAndFlush(draft), user);
    }

    /**
     * The committee (its drafter or officer) sets or corrects the draft's file number, while the draft is in its
     * hands or anywhere on its route: the number is the committee's own. Null or blank clears it. Audited.
     */
    public DraftDetails setFileNumber(long draftId, String fileNumber) {
        var user = currentUser.require();
        var draft = visibleDraft(draftId, user);
        if (!access.isDrafterOf(user, draft) && !access.isOfficerOf(user, draft)) {
            throw new AccessDeniedException("Only the committee's drafter or officer sets its file number.");
        }
        var before = draft.getFileNumber();
        var now = clock.instant();
        draft.setFileNumber(fileNumber, now);
        if (!java.util.Objects.equals(before, draft.getFileNumber())) {
            events.publishEvent(new DraftParticularChanged(draftId, "fileNumber", before, draft.getFileNumber(), null,
                    user.getUsername(), now));
        }
        return details(drafts.saveAndFlush(draft), user);
    }

    /**
     * What the signed-in user may change on the draft's cover: its file number, its priority mark, and whether a
     * change of the mark needs a reason (the NSMCWG secretary's does).
     */
    public record ParticularRights(boolean fileNumber, boolean priority, boolean priorityNeedsReason) {
    }

    /** See {@link ParticularRights}; the setters check again. */
    @Transactional(readOnly = true)
    public ParticularRights particularRights(long draftId) {
        var user = currentUser.require();
        var draft = visibleDraft(draftId, user);
        boolean committee = access.isDrafterOf(user, draft) || access.isOfficerOf(user, draft);
        boolean committeeHolds = committee && EnumSet.of(DraftStatus.DRAFT, DraftStatus.COMMITTEE_APPROVAL,
                DraftStatus.RETURNED_FOR_REVISION).contains(draft.getStatus());
        boolean secretary = user.isNsmcwg() && user.has(pk.gov.mashwara.security.Role.NSMCWG_SECRETARY)
                && draft.getStatus() != DraftStatus.CLOSED;
        return new ParticularRights(committee, committeeHolds || secretary, !committeeHolds && secretary);
    }

    /**
     * Marks the draft with a priority. The committee marks it while it is in its hands (before it is submitted,
     * or returned for revision): its drafter when putting it up, its officer when submitting it. The NSMCWG
     * secretary may change the mark at any time before the draft is closed, with a reason. Audited.
     */
    public DraftDetails markPriority(long draftId, Priority priority, String reason) {
        var user = currentUser.require();
        var draft = visibleDraft(draftId, user);
        if (priority == null) {
            throw InvalidInputException.onField("priority", "error.draft.priority", "");
        }
        var committeeHolds = EnumSet.of(DraftStatus.DRAFT, DraftStatus.COMMITTEE_APPROVAL,
                DraftStatus.RETURNED_FOR_REVISION).contains(draft.getStatus());
        boolean committee = committeeHolds && (access.isDrafterOf(user, draft) || access.isOfficerOf(user, draft));
        boolean secretary = user.isNsmcwg() && user.has(pk.gov.mashwara.security.Role.NSMCWG_SECRETARY)
                && draft.getStatus() != DraftStatus.CLOSED;
        if (!committee && !secretary) {
            throw new AccessDeniedException("Only the committee while it holds the draft, or the NSMCWG secretary, "
                    + "marks its priority.");
        }
        var why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!committee && why == null) {
            throw InvalidInputException.onField("reason", "error.draft.priority.reason");
        }
        if (why != null && why.length() > 1000) {
            throw InvalidInputException.onField("reason", "error.draft.priority.reason.tooLong", 1000);
        }
        var before = draft.getPriority();
        if (before == priority) {
            return details(draft, user);
        }
        var now = clock.instant();
        draft.mark(priority, now);
        events.publishEvent(new DraftParticularChanged(draftId, "priority", before.name(), priority.name(), why,
                user.getUsername(), now));
        return details(drafts.saveAndFlush(draft), user);
    }

    /**
     * Routing use: the draft is shared with another committee (a division consulted on it), which then sees it.
     * The caller must see the draft; sharing twice is harmless.
     */
    public void shareWith(long draftId, long committeeId) {
        var user = currentUser.require();
        var draft = visibleDraft(draftId, user);
        if (draft.getCommitteeId() != committeeId && !shares.existsByDraftIdAndCommitteeId(draftId, committeeId)) {
            shares.save(new pk.gov.mashwara.draft.domain.DraftShare(draftId, committeeId, clock.instant(),
                    user.getUsername()));
        }
    }

    private CreatedDraft storeVersion(Draft draft, MashwaraUser user, String fileName, InputStream content) {
        draft.requireAcceptsNewVersion();
        try {
            var stored = store.store(content, inspector);
            var version = draft.addVersion(FileNames.sanitise(fileName), stored.mediaType(), stored.sizeBytes(),
                    stored.sha256(), user.getUsername(), clock.instant());
            try {
                drafts.flush();
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                // another version took the number after all: told, never a server error
                throw new ConflictException("error.draft.versionRace");
            }
            draft.announceVersion(version);
            drafts.save(draft);
            return new CreatedDraft(draft.getId(), version.getNumber(), stored.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the upload", e);
        }
    }

    /**
     * The draft, read from the database once per transaction: an action that reads it, checks it and moves it
     * finds it again in the persistence context (a query would read the row again each time).
     */
    private Draft visibleDraft(long id, MashwaraUser user) {
        return drafts.findById(id).filter(d -> access.canSee(user, d))
                .orElseThrow(() -> new NotFoundException("error.draft.notFound", id));
    }

    /** The user acted on what they saw; if the draft has changed since, they are told instead of overriding it. */
    private static void requireVersion(Draft draft, long expectedVersion) {
        if (draft.getVersion() != expectedVersion) {
            throw new ConflictException("error.draft.changedMeanwhile", draft.getStatus());
        }
    }

    private DraftDetails details(Draft d, MashwaraUser user) {
        var committee = committeeCodes().get(d.getCommitteeId());
        return new DraftDetails(d.getId(), d.getTitle(), d.getCommitteeId(), committee, d.getKind(), d.getLegalBasis(),
                d.hasFinancialImplications(), d.getClassification(), d.getStatus(), d.getDiaryNumber(), d.getCreatedBy(),
                d.getCreatedAt(), d.getUpdatedAt(), d.getSubmittedAt(), d.getStatusNote(),
                d.getVersions().stream().map(v -> v.toInfo()).toList(), d.getVersion(), access.permissions(user, d),
                d.getFileNumber(), d.getPriority());
    }

    private Specification<Draft> specFor(DraftFilter filter) {
        Specification<Draft> spec = access.visibleTo(currentUser.require());
        if (filter.committeeId() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("committeeId"), filter.committeeId()));
        }
        if (filter.kind() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("kind"), filter.kind()));
        }
        if (filter.status() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("status"), filter.status()));
        }
        if (filter.titleContains() != null && !filter.titleContains().isBlank()) {
            var words = filter.titleContains().strip();
            if (words.length() > Draft.MAX_TITLE) {
                // No title is that long; a pattern of thousands of characters would only keep the database busy
                return spec.and((r, q, cb) -> cb.disjunction());
            }
            var like = "%" + escapeLike(words.toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((r, q, cb) -> cb.like(cb.lower(r.get("title")), like, '\\'));
        }
        return spec;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Map<Long, String> committeeCodes() {
        return directory.committees().stream().collect(Collectors.toMap(CommitteeInfo::id, CommitteeInfo::code));
    }
}
