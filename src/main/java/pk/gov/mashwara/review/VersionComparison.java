package pk.gov.mashwara.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.Comparison.Row;
import pk.gov.mashwara.review.diff.ComparisonFile;
import pk.gov.mashwara.review.diff.ComparisonPages;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.text.ExtractionSummary;
import pk.gov.mashwara.text.ReaderService;
import pk.gov.mashwara.text.VersionTexts;

/**
 * Compares two versions of a draft by their extracted text, and answers with the comparison a page at a time.
 * Who may compare is decided by the reader service, which answers only for drafts the user may see: a hidden
 * draft is "not found" here exactly as everywhere else.
 * <p>
 * The work is bounded whatever the texts: each is compared up to {@link ComparisonProperties#maxCharacters()},
 * the comparison stops after a bounded number of differences and in bounded time, a finished comparison is kept
 * on disk (versions never change) and read from there a page at a time, and only a few large comparisons are
 * computed at once; one more is refused with a {@link pk.gov.mashwara.shared.BusyException}. No transaction
 * is held while comparing: the reads it needs run in their own.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class VersionComparison {

    private final ReaderService reader;
    private final DraftService drafts;
    private final VersionTexts texts;
    private final ComparisonCache cache;
    private final ComparisonProperties properties;

    VersionComparison(ReaderService reader, DraftService drafts, VersionTexts texts, ComparisonCache cache,
            ComparisonProperties properties) {
        this.reader = reader;
        this.drafts = drafts;
        this.texts = texts;
        this.cache = cache;
        this.properties = properties;
    }

    /** The first page of the comparison of version {@code from} with version {@code to}. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Comparison compare(long draftId, int from, int to) {
        return compare(draftId, from, to, 0, properties.pageRows(), Keep.NONE);
    }

    /**
     * The page of the comparison that starts at row {@code start} and shows at most {@code limit} rows: the
     * differences, one unchanged paragraph around each, and the unchanged paragraphs {@code keep} asks for.
     *
     * @throws NotFoundException     when the draft is not visible or a version does not exist
     * @throws InvalidInputException when both are the same version, or the page asked for is out of range
     * @throws ConflictException     when a version has no text (yet); the message says which and where its
     *                               extraction stands
     * @throws pk.gov.mashwara.shared.BusyException when the texts are large and as many large comparisons as
     *                               the portal computes at once are under way
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Comparison compare(long draftId, int from, int to, int start, int limit, Keep keep) {
        checkPage(start, limit);
        var pair = pair(draftId, from, to);
        try (var file = open(pair)) {
            var header = file.header();
            if (start > Math.max(0, header.rowCount() - 1)) {
                throw new InvalidInputException("error.compare.start", start, header.rowCount());
            }
            var page = ComparisonPages.page(file, start, limit, entry -> keep.touches(entry));
            var rows = file.rows(page.rows());
            int end = page.next() < 0 ? header.rowCount() : page.next();
            int placesShown = (int) IntStream.of(header.placeStarts()).filter(p -> p < end).count();
            return new Comparison(draftId, pair.title(), pair.older(), pair.newer(), header.counts(), header.precision(),
                    header.places(), placesShown, header.rowCount(), start, page.next() < 0 ? null : page.next(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rows {@code [start, start + count)} of the comparison, whatever their kind: for opening a stretch of
     * unchanged paragraphs that a page left out. At most {@link ComparisonProperties#maxPageRows()} at once.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<Row> rows(long draftId, int from, int to, int start, int count) {
        checkPage(start, count);
        var pair = pair(draftId, from, to);
        try (var file = open(pair)) {
            int end = (int) Math.min((long) start + count, file.header().rowCount());
            if (start >= end) {
                return List.of();
            }
            return file.rows(IntStream.range(start, end).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The whole comparison, every row in order, for writing it out (a redline): the same rows, matched the same way
     * and within the same bounds as the pages. Rows are read until their paragraphs hold {@code maxCharacters}
     * characters; then the answer stops, and its {@code next} says at which row (null when every row is in it).
     * Errors as for {@link #compare(long, int, int, int, int, Keep)}.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Comparison whole(long draftId, int from, int to, int maxCharacters) {
        var pair = pair(draftId, from, to);
        try (var file = open(pair)) {
            var header = file.header();
            var rows = new java.util.ArrayList<Row>();
            long characters = 0;
            Integer next = null;
            int batch = properties.maxPageRows();
            reading:
            for (int start = 0; start < header.rowCount(); start += batch) {
                int end = Math.min(start + batch, header.rowCount());
                for (var row : file.rows(IntStream.range(start, end).toArray())) {
                    characters += (row.from() == null ? 0 : row.from().text().length())
                            + (row.to() == null ? 0 : row.to().text().length());
                    if (characters > maxCharacters && !rows.isEmpty()) {
                        next = row.index();
                        break reading;
                    }
                    rows.add(row);
                }
            }
            int end = next == null ? header.rowCount() : next;
            int placesShown = (int) IntStream.of(header.placeStarts()).filter(p -> p < end).count();
            return new Comparison(draftId, pair.title(), pair.older(), pair.newer(), header.counts(), header.precision(),
                    header.places(), placesShown, header.rowCount(), 0, next, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The versions of a draft the user may compare, newest first, with where the extraction of each stands. */
    public ComparableVersions versions(long draftId) {
        var title = drafts.get(draftId).title();
        return new ComparableVersions(draftId, title, reader.statuses(draftId));
    }

    private void checkPage(int start, int limit) {
        if (start < 0) {
            throw new InvalidInputException("error.compare.start", start, 0);
        }
        if (limit < 1 || limit > properties.maxPageRows()) {
            throw new InvalidInputException("error.compare.limit", properties.maxPageRows());
        }
    }

    /** Two versions of a draft the user may see, both with text. */
    private record Pair(long draftId, String title, ExtractionSummary older, ExtractionSummary newer) {

        long characters() {
            return older.characters() + newer.characters();
        }
    }

    private Pair pair(long draftId, int from, int to) {
        var draft = drafts.get(draftId);
        var statuses = reader.statuses(draftId);
        var older = statuses.stream().filter(s -> s.versionNumber() == from).findFirst()
                .orElseThrow(() -> new NotFoundException("error.version.notFound", from));
        if (from == to) {
            throw new InvalidInputException("error.compare.sameVersion", from);
        }
        var newer = statuses.stream().filter(s -> s.versionNumber() == to).findFirst()
                .orElseThrow(() -> new NotFoundException("error.version.notFound", to));
        requireText(older);
        requireText(newer);
        return new Pair(draftId, draft.title(), older, newer);
    }

    private ComparisonFile open(Pair pair) {
        int from = pair.older().versionNumber();
        int to = pair.newer().versionNumber();
        var fromStamp = texts.textStamp(pair.draftId(), from);
        var toStamp = texts.textStamp(pair.draftId(), to);
        if (fromStamp.isEmpty() || toStamp.isEmpty()) {
            // extracted again at this very moment: its text is on its way
            throw new ConflictException("error.compare.noText", fromStamp.isEmpty() ? from : to,
                    fromStamp.isEmpty() ? pair.older().status() : pair.newer().status());
        }
        // "v2": the file's format and the rule that divides texts into paragraphs; a change to either changes it
        var key = String.join("|", "v2", Long.toString(pair.draftId()), Integer.toString(from), Integer.toString(to),
                fromStamp.get(), toStamp.get(), Integer.toString(properties.maxCharacters()));
        return cache.open(key, pair.characters(), () -> {
            int limit = properties.maxCharacters();
            var older = texts.text(pair.draftId(), from, limit).orElse("");
            var newer = texts.text(pair.draftId(), to, limit).orElse("");
            boolean cut = pair.older().characters() > limit || pair.newer().characters() > limit
                    || older.length() >= limit || newer.length() >= limit;
            return new ComparisonCache.Texts(older, newer, cut);
        });
    }

    private static void requireText(ExtractionSummary version) {
        if (!version.status().hasText()) {
            throw new ConflictException("error.compare.noText", version.versionNumber(), version.status());
        }
    }

    /**
     * Unchanged paragraphs a page must show whatever their neighbours: those the given passages of either version
     * touch (the passages of threads, so that a thread is never folded away).
     */
    public record Keep(List<PassageMarker> from, List<PassageMarker> to) {

        public static final Keep NONE = new Keep(List.of(), List.of());

        public Keep {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }

        boolean touches(ComparisonFile.Entry entry) {
            for (var marker : from) {
                if (entry.touches(true, marker.start(), marker.end())) {
                    return true;
                }
            }
            for (var marker : to) {
                if (entry.touches(false, marker.start(), marker.end())) {
                    return true;
                }
            }
            return false;
        }
    }
}
