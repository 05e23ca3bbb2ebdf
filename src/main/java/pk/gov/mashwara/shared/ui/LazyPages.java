package pk.gov.mashwara.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.data.provider.Query;

/**
 * Answers a lazy grid's request for rows from a service that gives at most {@code maxPage} rows a call: a grid
 * may ask for more at once (all its rows when they are few), and must get every row it asks for that exists.
 */
public final class LazyPages {

    /** One call of the service: the rows from {@code offset}, at most {@code limit} of them. */
    @FunctionalInterface
    public interface Fetch<T> {
        List<T> rows(int offset, int limit);
    }

    private LazyPages() {
    }

    public static <T> Stream<T> fetch(Query<T, ?> query, int maxPage, Fetch<T> fetch) {
        int offset = query.getOffset();
        int wanted = query.getLimit();
        if (wanted <= maxPage) {
            return fetch.rows(offset, wanted).stream();
        }
        var rows = new ArrayList<T>();
        while (wanted > 0) {
            var page = fetch.rows(offset, Math.min(wanted, maxPage));
            rows.addAll(page);
            if (page.size() < Math.min(wanted, maxPage)) {
                break;
            }
            offset += page.size();
            wanted -= page.size();
        }
        return rows.stream();
    }
}
