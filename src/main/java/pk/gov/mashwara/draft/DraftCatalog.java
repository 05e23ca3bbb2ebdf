package pk.gov.mashwara.draft;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.domain.Draft;
import pk.gov.mashwara.draft.domain.DraftRepository;
import pk.gov.mashwara.draft.domain.DraftVersionRepository;
import pk.gov.mashwara.draft.storage.FileStore;
import pk.gov.mashwara.security.MashwaraUser;

/**
 * Read access to drafts and their stored files for the portal's own background work (extracting text,
 * building the search index), which runs for no particular user. It answers facts only: whatever it returns
 * reaches users only through a service that applies {@link DraftVisibility}. Views and controllers never use it.
 */
@Component
@Transactional(readOnly = true)
public class DraftCatalog {

    private final DraftRepository drafts;
    private final DraftVersionRepository versions;
    private final FileStore store;
    private final People people;
    private final DraftAccess access;

    DraftCatalog(DraftRepository drafts, DraftVersionRepository versions, FileStore store, People people,
            DraftAccess access) {
        this.drafts = drafts;
        this.versions = versions;
        this.store = store;
        this.people = people;
        this.access = access;
    }

    /**
     * Whether the user may see the draft, by the rule every service applies (for work on someone else's behalf,
     * e.g. deciding who may be notified about it). False for a draft that does not exist.
     */
    public boolean visibleTo(MashwaraUser user, long draftId) {
        return user != null && drafts.findById(draftId).map(d -> access.canSee(user, d)).orElse(false);
    }

    public Optional<DraftSnapshot> snapshot(long draftId) {
        return drafts.findWithVersions(draftId).map(d -> toSnapshot(d, committeeCodes()));
    }

    /** The drafts with these ids that exist, by id, in one query (for the annotations of a page of drafts). */
    public Map<Long, DraftSnapshot> snapshots(java.util.Collection<Long> draftIds) {
        if (draftIds.isEmpty()) {
            return Map.of();
        }
        var codes = committeeCodes();
        return drafts.findAllWithVersions(draftIds).stream()
                .collect(Collectors.toMap(Draft::getId, d -> toSnapshot(d, codes)));
    }

    /** All drafts, page by page in id order (for rebuilding derived data). */
    public List<DraftSnapshot> page(int page, int size) {
        var codes = committeeCodes();
        return drafts.findAll(PageRequest.of(page, size, Sort.by("id"))).getContent().stream()
                .map(d -> drafts.findWithVersions(d.getId()).map(full -> toSnapshot(full, codes)).orElseThrow())
                .toList();
    }

    /**
     * The drafts in one state, page by page in id order, without their versions (for background checks over the
     * open drafts, such as reminders of overdue steps).
     */
    public List<DraftSummary> inStatus(DraftStatus status, int page, int size) {
        var codes = committeeCodes();
        org.springframework.data.jpa.domain.Specification<Draft> inState = (r, q, cb) -> cb.equal(r.get("status"), status);
        return drafts.findAll(inState, PageRequest.of(page, size, Sort.by("id"))).getContent().stream()
                .map(d -> new DraftSummary(d.getId(), d.getTitle(), d.getCommitteeId(), codes.get(d.getCommitteeId()),
                        d.getKind(), d.getClassification(), d.getStatus(), d.getDiaryNumber(), 0, d.getUpdatedAt(),
                        d.getFileNumber(), d.getPriority()))
                .toList();
    }

    public long countDrafts() {
        return drafts.count();
    }

    /** All versions of all drafts (the search index holds one document per version and compares counts). */
    public long countVersions() {
        return versions.count();
    }

    /** The original bytes of a stored file. */
    public InputStream open(String sha256) throws IOException {
        return store.open(sha256);
    }

    /** Where a stored file lies on disk, for a reader in another process. */
    public Path locate(String sha256) {
        return store.locate(sha256);
    }

    private static DraftSnapshot toSnapshot(Draft d, Map<Long, String> codes) {
        return new DraftSnapshot(d.getId(), d.getTitle(), d.getCommitteeId(), codes.get(d.getCommitteeId()), d.getKind(),
                d.getClassification(), d.getStatus(), d.isSubmitted(), d.getCreatedAt(), d.getUpdatedAt(),
                d.getVersions().stream().map(v -> v.toInfo()).toList(), d.getSubmittedAt(), d.getDiaryNumber(),
                d.getFileNumber(), d.getPriority());
    }

    private Map<Long, String> committeeCodes() {
        // Background work has no one signed in: it reads the directory's unchecked catalogue, not its checked service
        return people.committees().stream().collect(Collectors.toMap(CommitteeInfo::id, CommitteeInfo::code));
    }
}
