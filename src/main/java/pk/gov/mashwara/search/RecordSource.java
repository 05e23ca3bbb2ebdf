package pk.gov.mashwara.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import pk.gov.mashwara.security.MashwaraUser;

/**
 * Where the record index reads one module's searchable records from, implemented by that module (the search module
 * depends on none of them). The records come in groups, each rewritten together; {@link #readable} is the module's
 * own rule of who may read a record, the one its services apply, so the search finds exactly what the pages show.
 */
public interface RecordSource {

    /** The kind of the records that make a group: it names the source (e.g. {@link RecordKind#LETTER}). */
    RecordKind groupKind();

    /** The records of one group as the database has them now; none for a group that is gone. */
    List<IndexedRecord> records(long groupId);

    /** Every group with records, in a stable order (for rebuilding the index). */
    List<Long> groups();

    /** How many records there are: the index holds exactly one document for each. */
    long count();

    /**
     * Of these records (all of this source's kinds), those the user may read, as the module's services decide.
     * A record that is gone is not readable.
     */
    Set<RecordRef> readable(MashwaraUser user, Collection<RecordRef> records);
}
