package pk.gov.mashwara.draft;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by modules that know something about versions (the draft module depends on none of them; they
 * depend on it). Implementations answer only for drafts the current user may see.
 */
public interface VersionAnnotations {

    /** Annotations of every version of a draft, by version number. */
    Map<Integer, VersionAnnotation> forDraft(long draftId);

    /** The annotation of the latest version of each of the given drafts (a page of the drafts list), by draft id. */
    Map<Long, VersionAnnotation> forLatest(Collection<DraftSummary> drafts);
}
