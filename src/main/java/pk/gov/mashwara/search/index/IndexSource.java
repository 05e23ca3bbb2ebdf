package pk.gov.mashwara.search.index;

import java.util.List;
import java.util.Optional;

import pk.gov.mashwara.draft.DraftSnapshot;

/** Where the index's documents come from: the database (drafts and extracted texts). The truth it is rebuilt from. */
public interface IndexSource {

    Optional<DraftSnapshot> draft(long draftId);

    /** All drafts, page by page in a stable order; an empty page ends the walk. */
    List<DraftSnapshot> drafts(int page, int size);

    /** How many versions exist: the index holds exactly one document per version. */
    long countVersions();

    IndexedText text(long draftId, int version);
}
