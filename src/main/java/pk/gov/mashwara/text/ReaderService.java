package pk.gov.mashwara.text;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.text.extraction.StoredExtractions;

/**
 * The extracted text of versions, for the user who asks: only for drafts that user may see. The draft
 * service decides that, so a hidden draft is "not found" here exactly as everywhere else.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ReaderService {

    private final DraftService drafts;
    private final StoredExtractions extractions;
    private final ObjectProvider<TextMatchFinder> matchers;

    ReaderService(DraftService drafts, StoredExtractions extractions, ObjectProvider<TextMatchFinder> matchers) {
        this.drafts = drafts;
        this.extractions = extractions;
        this.matchers = matchers;
    }

    /** The text and extraction status of one version, with the status of every version of the draft. */
    public VersionReading read(long draftId, int versionNumber) {
        var draft = drafts.get(draftId);
        if (draft.versions().stream().noneMatch(v -> v.number() == versionNumber)) {
            throw new NotFoundException("error.version.notFound", versionNumber);
        }
        var versions = summaries(draftId, draft.versions().stream().map(v -> v.number()).toList());
        var summary = versions.stream().filter(s -> s.versionNumber() == versionNumber).findFirst().orElseThrow();
        var text = summary.status().hasText() ? extractions.text(draftId, versionNumber).orElse("") : "";
        var pages = text.isEmpty() ? TextPages.NONE
                : RunningLines.find(text, extractions.pageStarts(draftId, versionNumber));
        return new VersionReading(draftId, draft.title(), summary, text, versions, pages);
    }

    /**
     * Where a search query matches the text of one version, as the search matched it (stemmed words, phrases,
     * prefixes, fuzzy terms, Urdu typed with Arabic-keyboard letters); bounded, see {@link TextMatches}. The
     * search finds them ({@link TextMatchFinder}); without it nothing is marked.
     *
     * @throws UnreadableQueryException when the query cannot be parsed
     */
    public TextMatches matches(long draftId, int versionNumber, String query) {
        return matches(read(draftId, versionNumber), query);
    }

    /**
     * The same for a version already read (through {@link #read}, which checked who may see it): its text is not
     * read and decompressed a second time.
     */
    public TextMatches matches(VersionReading version, String query) {
        var matcher = matchers.getIfAvailable();
        if (matcher == null || version.text().isEmpty()) {
            return TextMatches.NONE;
        }
        return matcher.find(version.text(), query);
    }

    /**
     * Where the extraction of one version stands, for a user who may see the draft.
     *
     * @throws NotFoundException when the draft is not visible or the version does not exist
     */
    public ExtractionSummary status(long draftId, int versionNumber) {
        var draft = drafts.get(draftId);
        if (draft.versions().stream().noneMatch(v -> v.number() == versionNumber)) {
            throw new NotFoundException("error.version.notFound", versionNumber);
        }
        return extractions.summary(draftId, versionNumber);
    }

    /**
     * The text of one version as it is kept, for a user who may see the draft, to be written out after this
     * returns; empty when the version has no text.
     *
     * @throws NotFoundException when the draft is not visible or the version does not exist
     */
    public java.util.Optional<StoredText> storedText(long draftId, int versionNumber) {
        var summary = status(draftId, versionNumber);
        return summary.status().hasText() ? extractions.stored(draftId, versionNumber) : java.util.Optional.empty();
    }

    /** Where the extraction of each version of a draft stands, newest version first. */
    public List<ExtractionSummary> statuses(long draftId) {
        var draft = drafts.get(draftId);
        return summaries(draftId, draft.versions().stream().map(v -> v.number()).toList());
    }

    private List<ExtractionSummary> summaries(long draftId, List<Integer> numbers) {
        var known = extractions.summaries(draftId).stream()
                .collect(Collectors.toMap(ExtractionSummary::versionNumber, s -> s));
        return numbers.stream().map(n -> known.getOrDefault(n, ExtractionSummary.pending(n))).toList();
    }
}
