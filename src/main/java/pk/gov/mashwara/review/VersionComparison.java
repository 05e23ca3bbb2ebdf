package pk.gov.mashwara.review;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.diff.TextDiff;
import pk.gov.mashwara.search.ReaderService;
import pk.gov.mashwara.search.VersionText;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;

/**
 * Compares two versions of a draft by their extracted text. The texts are read through the reader service,
 * which answers only for drafts the user may see: a hidden draft is "not found" here exactly as everywhere else.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class VersionComparison {

    private final ReaderService reader;
    private final DraftService drafts;

    VersionComparison(ReaderService reader, DraftService drafts) {
        this.reader = reader;
        this.drafts = drafts;
    }

    /**
     * The text of version {@code from} against that of version {@code to}. The comparison is bounded in time; on
     * very large or very different texts it is coarser, as its {@link Comparison#precision()} says.
     *
     * @throws pk.gov.mashwara.shared.NotFoundException when the draft is not visible or a version does not exist
     * @throws InvalidInputException                    when both are the same version
     * @throws ConflictException                        when a version has no text (yet); the message says which
     *                                                  and where its extraction stands
     */
    public Comparison compare(long draftId, int from, int to) {
        var older = reader.read(draftId, from);
        if (from == to) {
            throw new InvalidInputException("error.compare.sameVersion", from);
        }
        var newer = reader.read(draftId, to);
        requireText(older);
        requireText(newer);
        var difference = TextDiff.compare(older.text(), newer.text());
        return new Comparison(draftId, older.draftTitle(), older.summary(), newer.summary(), difference.counts(),
                difference.precision(), difference.rows());
    }

    /** The versions of a draft the user may compare, newest first, with where the extraction of each stands. */
    public ComparableVersions versions(long draftId) {
        var title = drafts.get(draftId).title();
        return new ComparableVersions(draftId, title, reader.statuses(draftId));
    }

    private static void requireText(VersionText version) {
        var status = version.summary().status();
        if (!status.hasText()) {
            throw new ConflictException("error.compare.noText", version.versionNumber(), status);
        }
    }
}
