package pk.gov.mashwara.record.pdf;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.record.RecordBlock;
import pk.gov.mashwara.review.ReviewWindowInfo;
import pk.gov.mashwara.review.ThreadView;

/**
 * Everything a review record shows, gathered (and checked) by the record service before anything is printed.
 *
 * @param committeeName the committee's full name
 * @param textStatus    per version number, where the extraction of its text stands, in words
 * @param threads       the threads the reader may see, on whichever version they are
 * @param people        how to name a user: by name and office ("Kamran Akhtar, NSMCWG secretary"), not by user id
 * @param generatedBy   the reader, named as {@code people} names them
 */
public record RecordContent(DraftDetails draft, String committeeName, Map<Integer, String> textStatus,
        List<ThreadView> threads, ReviewWindowInfo window, List<RecordBlock> sections, Instant generatedAt,
        String generatedBy, Function<String, String> people) {

    public RecordContent {
        textStatus = Map.copyOf(textStatus);
        threads = List.copyOf(threads);
        sections = List.copyOf(sections);
    }
}
