package pk.gov.mashwara.search;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.search.records.RecordIndexMaintenance;

/**
 * Tells the search that a group of records changed, so that it reads them again from their {@link RecordSource}.
 * For the modules that keep them, after their changes commit (from an event listener); it passes no data, only which
 * group to read again.
 */
@Component
public class RecordIndexing {

    private final RecordIndexMaintenance maintenance;

    RecordIndexing(RecordIndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    /** Rewrites the group's records in the index as the database has them now (held while it is rebuilt). */
    public void reindex(RecordKind groupKind, long groupId) {
        maintenance.reindexGroup(groupKind, groupId);
    }
}
