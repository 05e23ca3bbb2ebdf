package pk.gov.mashwara.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftSummary;
import pk.gov.mashwara.draft.DraftVisibility;
import pk.gov.mashwara.draft.VersionAnnotation;
import pk.gov.mashwara.draft.VersionAnnotations;
import pk.gov.mashwara.text.extraction.StoredExtractions;

/**
 * Tells the draft page and the drafts list where the text extraction of each version stands. Visibility is
 * checked as everywhere: the draft page's draft through {@link ReaderService}, the list's drafts (as stored)
 * against the user's {@link DraftVisibility}.
 */
@Component
class ExtractionAnnotations implements VersionAnnotations {

    private final ReaderService reader;
    private final DraftService drafts;
    private final StoredExtractions extractions;
    private final pk.gov.mashwara.draft.DraftCatalog catalog;

    ExtractionAnnotations(ReaderService reader, DraftService drafts, StoredExtractions extractions,
            pk.gov.mashwara.draft.DraftCatalog catalog) {
        this.reader = reader;
        this.drafts = drafts;
        this.extractions = extractions;
        this.catalog = catalog;
    }

    @Override
    public Map<Integer, VersionAnnotation> forDraft(long draftId) {
        return reader.statuses(draftId).stream()
                .collect(Collectors.toMap(ExtractionSummary::versionNumber, ExtractionAnnotations::annotation));
    }

    @Override
    public Map<Long, VersionAnnotation> forLatest(Collection<DraftSummary> page) {
        var visibility = drafts.visibility();
        var result = new HashMap<Long, VersionAnnotation>();
        // two queries for the page, not two per row
        var ids = page.stream().map(DraftSummary::id).collect(java.util.stream.Collectors.toSet());
        var storedDrafts = catalog.snapshots(ids);
        var summaries = extractions.summaries(ids);
        for (var draft : page) {
            // The caller's rows are not trusted: what the user may see is decided on the stored draft
            var stored = java.util.Optional.ofNullable(storedDrafts.get(draft.id()));
            if (draft.latestVersion() > 0 && stored.isPresent()
                    && visibility.sees(draft.id(), stored.get().committeeId(), stored.get().submitted())) {
                var summary = summaries.getOrDefault(draft.id(), List.of()).stream()
                        .filter(s -> s.versionNumber() == draft.latestVersion()).findFirst()
                        .orElse(ExtractionSummary.pending(draft.latestVersion()));
                result.put(draft.id(), annotation(summary));
            }
        }
        return result;
    }

    static VersionAnnotation annotation(ExtractionSummary summary) {
        var status = summary.status();
        var hint = summary.reason() == null ? null : "extraction.reason." + summary.reason().name();
        return new VersionAnnotation(summary.versionNumber(), "extractionStatus." + status.name(), hint, status.tone(),
                status.isFinal());
    }
}
