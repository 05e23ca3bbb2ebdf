package pk.gov.mashwara.search.comments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftSnapshot;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.search.IndexedComment;

/** The database, as the comment index sees it, in memory: drafts and their comments, changed by tests. */
class InMemoryComments implements CommentIndexSource {

    final Map<Long, DraftSnapshot> drafts = new ConcurrentHashMap<>();
    final Map<Long, List<IndexedComment>> comments = new TreeMap<>();
    private long nextComment = 1;

    synchronized void draft(long id, String title, long committeeId, String code, DraftStatus status, boolean submitted) {
        var now = Instant.parse("2026-03-01T10:00:00Z");
        drafts.put(id, new DraftSnapshot(id, title, committeeId, code, DraftKind.POLICY, Classification.UNCLASSIFIED,
                status, submitted, now, now, List.of()));
    }

    /** Adds a comment (in thread {@code threadId}) and returns its id. */
    synchronized long comment(long draftId, long threadId, Long internalCommittee, String text, String passage) {
        var id = nextComment++;
        comments.computeIfAbsent(draftId, d -> new ArrayList<>()).add(new IndexedComment(threadId, id, draftId, 1,
                internalCommittee, "Author " + id, text, Instant.parse("2026-03-02T10:00:00Z"), passage));
        return id;
    }

    synchronized void retract(long commentId) {
        comments.values().forEach(list -> list.removeIf(c -> c.commentId() == commentId));
    }

    @Override
    public Optional<DraftSnapshot> draft(long draftId) {
        return Optional.ofNullable(drafts.get(draftId));
    }

    @Override
    public synchronized List<IndexedComment> comments(long draftId) {
        return List.copyOf(comments.getOrDefault(draftId, List.of()));
    }

    @Override
    public synchronized List<Long> draftsWithComments() {
        return comments.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    @Override
    public synchronized long count() {
        return comments.values().stream().mapToLong(List::size).sum();
    }
}
