package pk.gov.mashwara.text;

import java.util.List;

/**
 * How a paged text (a PDF's) falls into pages, as the reader shows it: where each page begins, the lines that run
 * on page after page (a header such as "RESTRICTED — DRAFT", a footer such as "Page 3 of 5", a page number), and
 * where each of their occurrences lies in the text. The text itself is not changed: these are offsets into it,
 * so that the reader can leave the occurrences out of what it shows while every offset of a selection or a
 * thread's passage still refers to the text as stored. Found by {@link RunningLines}.
 *
 * @param starts  where each page begins in the text, in page order (page 1 first); empty for a text without pages
 * @param running each running line once, headers first, in the order of the page
 * @param hidden  every occurrence of a running line, in text order
 */
public record TextPages(List<Integer> starts, List<Running> running, List<Hidden> hidden) implements java.io.Serializable {

    /** A text without pages, or of one page only. */
    public static final TextPages NONE = new TextPages(List.of(), List.of(), List.of());

    public TextPages {
        starts = List.copyOf(starts);
        running = List.copyOf(running);
        hidden = List.copyOf(hidden);
    }

    /** Where a running line stands on its pages. */
    public enum Place {
        HEADER, FOOTER
    }

    /**
     * A line that runs on page after page, named once.
     *
     * @param text        the line as it reads, a number that changes from page to page shown as {@code #}
     * @param pageNumber  whether it is nothing but a page number ("3", "- 3 -", "iv")
     * @param pages       on how many pages it appears
     */
    public record Running(Place place, String text, boolean pageNumber, int pages) implements java.io.Serializable {
    }

    /** One occurrence of a running line: the characters {@code [start, end)} of the text, without its line break. */
    public record Hidden(int start, int end) implements java.io.Serializable {
    }

    /** The number (from 1) of the page that holds {@code offset}; 0 for a text without pages. */
    public int pageAt(int offset) {
        int lo = 0;
        int hi = starts.size() - 1;
        if (hi < 0) {
            return 0;
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts.get(mid) <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }
}
