package pk.gov.mashwara.search.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftSnapshot;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.VersionInfo;
import pk.gov.mashwara.text.ExtractionStatus;

/** A database stand-in for index tests: drafts and texts in memory, with a gate to hold a rebuild mid-way. */
class InMemorySource implements IndexSource {

    static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");

    private final Map<Long, DraftSnapshot> drafts = new TreeMap<>();
    private final Map<String, IndexedText> texts = new ConcurrentHashMap<>();
    volatile CountDownLatch gate;
    volatile CountDownLatch reachedGate;

    /** Adds (or replaces) a draft whose versions have the given texts, oldest first. */
    synchronized DraftSnapshot draft(long id, String title, long committeeId, String committeeCode, DraftKind kind,
            DraftStatus status, String... versionTexts) {
        var versions = new ArrayList<VersionInfo>();
        for (int n = versionTexts.length; n >= 1; n--) {
            versions.add(new VersionInfo(n, "v" + n + ".txt", "text/plain", 10, "sha" + id + "-" + n, "tester", CREATED));
            texts.put(id + "/" + n, new IndexedText(versionTexts[n - 1], ExtractionStatus.DONE, false));
        }
        var submitted = status != DraftStatus.DRAFT && status != DraftStatus.COMMITTEE_APPROVAL;
        var snapshot = new DraftSnapshot(id, title, committeeId, committeeCode, kind, Classification.UNCLASSIFIED, status,
                submitted, CREATED, CREATED, versions);
        drafts.put(id, snapshot);
        return snapshot;
    }

    /** Gives a draft added before its diary and file numbers and its priority mark. */
    synchronized void cover(long id, String diaryNumber, String fileNumber, pk.gov.mashwara.draft.Priority priority) {
        var d = drafts.get(id);
        drafts.put(id, new DraftSnapshot(d.id(), d.title(), d.committeeId(), d.committeeCode(), d.kind(),
                d.classification(), d.status(), d.submitted(), d.createdAt(), d.updatedAt(), d.versions(),
                d.submittedAt(), diaryNumber, fileNumber, priority));
    }

    @Override
    public synchronized Optional<DraftSnapshot> draft(long draftId) {
        return Optional.ofNullable(drafts.get(draftId));
    }

    /** Pages still to refuse, as a database that does not answer would. */
    final java.util.concurrent.atomic.AtomicInteger failingPages = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public List<DraftSnapshot> drafts(int page, int size) {
        if (failingPages.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("the database did not answer in time");
        }
        var gateNow = gate;
        if (gateNow != null && page == 0) {
            reachedGate.countDown();
            try {
                gateNow.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            return drafts.values().stream().skip((long) page * size).limit(size).toList();
        }
    }

    @Override
    public synchronized long countVersions() {
        return drafts.values().stream().mapToLong(d -> d.versions().size()).sum();
    }

    /** How often a version's text was read (each read means the text is analysed again when written). */
    final java.util.concurrent.atomic.AtomicInteger textReads = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public IndexedText text(long draftId, int version) {
        textReads.incrementAndGet();
        return texts.getOrDefault(draftId + "/" + version, IndexedText.PENDING);
    }
}
