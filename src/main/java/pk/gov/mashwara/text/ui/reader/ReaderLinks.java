package pk.gov.mashwara.text.ui.reader;

import com.vaadin.flow.router.QueryParameters;

/** The reader's address, for pages of other modules that open it (a search hit opens it at its matches). */
public final class ReaderLinks {

    /** The query parameter with the search whose matches the reader marks. */
    public static final String QUERY = "q";

    private ReaderLinks() {
    }

    /** The reader of one version, relative to the portal; with a search, its matches are marked. */
    public static String of(long draftId, int version, String search) {
        var target = "drafts/" + draftId + "/versions/" + version + "/text";
        return search == null || search.isBlank() ? target
                : target + "?" + QueryParameters.of(QUERY, search.strip()).getQueryString();
    }
}
