package pk.gov.mashwara.search.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import pk.gov.mashwara.search.IndexedRecord;
import pk.gov.mashwara.search.RecordKind;
import pk.gov.mashwara.search.RecordRef;
import pk.gov.mashwara.search.RecordSource;
import pk.gov.mashwara.security.MashwaraUser;

/**
 * The record sources of the running portal, each named by the kind of its groups. A group is one long in the index
 * (its source's kind in the high bits, its id in the low ones), so that a group is written, held and deleted as a
 * draft's documents are.
 */
class RecordSources {

    private static final int SHIFT = 40;
    private static final long ID_MASK = (1L << SHIFT) - 1;

    private final Supplier<List<RecordSource>> sources;

    RecordSources(Supplier<List<RecordSource>> sources) {
        this.sources = sources;
    }

    static long key(RecordKind groupKind, long groupId) {
        if (groupId < 0 || groupId > ID_MASK) {
            throw new IllegalArgumentException("group id out of range: " + groupId);
        }
        return ((long) (groupKind.ordinal() + 1) << SHIFT) | groupId;
    }

    static RecordKind kindOf(long key) {
        return RecordKind.values()[(int) (key >>> SHIFT) - 1];
    }

    static long idOf(long key) {
        return key & ID_MASK;
    }

    Optional<RecordSource> source(RecordKind groupKind) {
        return sources.get().stream().filter(s -> s.groupKind() == groupKind).findFirst();
    }

    List<IndexedRecord> records(long key) {
        return source(kindOf(key)).map(s -> s.records(idOf(key))).orElse(List.of());
    }

    /** Every group of every source, source by source. */
    List<Long> groups() {
        var out = new ArrayList<Long>();
        for (var source : sources.get()) {
            source.groups().forEach(id -> out.add(key(source.groupKind(), id)));
        }
        return out;
    }

    long count() {
        return sources.get().stream().mapToLong(RecordSource::count).sum();
    }

    /**
     * The records the user may read, each source asked about its own (a record whose group it names itself): the
     * index knows which source wrote each record.
     */
    Set<RecordRef> readable(MashwaraUser user, Collection<Candidate> candidates) {
        var bySource = new HashMap<RecordKind, List<RecordRef>>();
        candidates.forEach(c -> bySource.computeIfAbsent(c.groupKind(), k -> new ArrayList<>()).add(c.ref()));
        var out = new HashSet<RecordRef>();
        bySource.forEach((kind, refs) -> source(kind).ifPresent(s -> out.addAll(s.readable(user, refs))));
        return out;
    }

    /** A record the index found, with the source that wrote it. */
    record Candidate(RecordKind groupKind, RecordRef ref) {
    }
}
