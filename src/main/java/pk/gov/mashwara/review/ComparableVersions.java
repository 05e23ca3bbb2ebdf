package pk.gov.mashwara.review;

import java.util.List;

import pk.gov.mashwara.text.ExtractionSummary;

/** The versions of a draft that a comparison can choose from, newest first, with where their text stands. */
public record ComparableVersions(long draftId, String draftTitle, List<ExtractionSummary> versions) {

    public ComparableVersions {
        versions = List.copyOf(versions);
    }
}
