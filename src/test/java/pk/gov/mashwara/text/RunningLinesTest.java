package pk.gov.mashwara.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

class RunningLinesTest {

    /** A paged text: each page's lines, pages one after the other as the extraction writes them. */
    record Paged(String text, int[] starts) {

        static Paged of(int pages, IntFunction<String> page) {
            var text = new StringBuilder();
            var starts = new int[pages];
            for (int p = 0; p < pages; p++) {
                starts[p] = text.length();
                text.append(page.apply(p + 1)).append("\n\n");
            }
            return new Paged(text.toString(), starts);
        }

        TextPages find() {
            return RunningLines.find(text, starts);
        }

        List<String> hidden(TextPages pages) {
            return pages.hidden().stream().map(h -> text.substring(h.start(), h.end())).toList();
        }
    }

    private static final String[] WORDS = ("authority platform rules publish gazette website thirty days making "
            + "clause applies every users million registration office complaint officer remove content hours "
            + "order appeal tribunal record notice period shall may within under section").split(" ");

    /** Three lines of body text that differ from page to page, as a document's do. */
    private static String body(int page) {
        var lines = new StringBuilder();
        for (int line = 0; line < 3; line++) {
            lines.append(line == 0 ? "" : "\n").append("The");
            for (int w = 0; w < 12; w++) {
                lines.append(' ').append(WORDS[(page * 7 + line * 13 + w * w * 3 + w) % WORDS.length]);
            }
        }
        return lines.toString();
    }

    private static final String[] URDU = "اتھارٹی قواعد سرکاری گزٹ شائع ویب سائٹ شق پلیٹ فارم صارفین لاکھ زیادہ دفتر شکایت مواد اپیل"
            .split(" ");

    private static String urdu(int page) {
        var line = new StringBuilder("یہ");
        for (int w = 0; w < 10; w++) {
            line.append(' ').append(URDU[(page * 5 + w * w + w) % URDU.length]);
        }
        return line.append("۔").toString();
    }

    @Test
    void page_numbers_alone_are_found_and_hidden_on_every_page() {
        var paged = Paged.of(6, p -> body(p) + "\n" + p);

        var pages = paged.find();

        assertThat(pages.running()).containsExactly(new TextPages.Running(TextPages.Place.FOOTER, "#", true, 6));
        assertThat(paged.hidden(pages)).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(pages.starts()).hasSize(6);
        assertThat(pages.pageAt(paged.starts()[2] + 5)).isEqualTo(3);
    }

    @Test
    void a_header_and_a_page_of_footer_are_named_once_with_the_changing_number_left_out() {
        var paged = Paged.of(5, p -> "RESTRICTED — DRAFT\n" + body(p) + "\nPage " + p + " of 5");

        var pages = paged.find();

        assertThat(pages.running()).containsExactly(
                new TextPages.Running(TextPages.Place.HEADER, "RESTRICTED — DRAFT", false, 5),
                new TextPages.Running(TextPages.Place.FOOTER, "Page # of 5", false, 5));
        assertThat(paged.hidden(pages)).hasSize(10).containsOnly("RESTRICTED — DRAFT", "Page 1 of 5", "Page 2 of 5",
                "Page 3 of 5", "Page 4 of 5", "Page 5 of 5");
        // the body is not touched, even its lines with numbers that change from page to page
        assertThat(paged.hidden(pages)).noneMatch(h -> h.startsWith("Clause") || h.startsWith("The Authority"));
        // each hidden occurrence is exactly where it is in the text, in text order
        var previous = -1;
        for (var hidden : pages.hidden()) {
            assertThat(hidden.start()).isGreaterThan(previous);
            previous = hidden.end();
        }
    }

    @Test
    void an_urdu_header_and_urdu_page_numbers_are_running_lines() {
        var digits = "۰۱۲۳۴۵۶۷۸۹";
        var paged = Paged.of(8, p -> "خفیہ — مسودۂ قواعد\n"
                + urdu(p) + "\n" + urdu(p + 11) + "\n"
                + "صفحہ " + digits.charAt(p) + " از ۸");

        var pages = paged.find();

        assertThat(pages.running()).extracting(TextPages.Running::place, TextPages.Running::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TextPages.Place.HEADER, "خفیہ — مسودۂ قواعد"),
                        org.assertj.core.groups.Tuple.tuple(TextPages.Place.FOOTER, "صفحہ # از ۸"));
        assertThat(paged.hidden(pages)).hasSize(16).contains("صفحہ ۳ از ۸");
    }

    /**
     * A manual's header that changes with each chapter: the book's title on even pages, the chapter's on odd ones.
     * Each chapter's line is on a few pages of thirty (too few for the whole text) but on every other page of its
     * chapter.
     */
    @Test
    void a_header_that_changes_with_each_chapter_is_found_for_each_chapter() {
        var chapters = List.of("Chapter 1. Preliminary", "Chapter 2. Registration of platforms",
                "Chapter 3. Complaints and appeals");
        var paged = Paged.of(30, p -> (p % 2 == 0 ? "Social Media Rules Manual" : chapters.get((p - 1) / 10)) + "\n"
                + body(p) + "\n" + p);

        var pages = paged.find();

        assertThat(pages.running()).extracting(TextPages.Running::text).contains("Social Media Rules Manual",
                chapters.get(0), chapters.get(1), chapters.get(2));
        assertThat(pages.running()).filteredOn(r -> r.text().startsWith("Chapter")).allSatisfy(r -> {
            assertThat(r.place()).isEqualTo(TextPages.Place.HEADER);
            assertThat(r.pages()).isEqualTo(5);
        });
        var hidden = paged.hidden(pages);
        assertThat(hidden).filteredOn(chapters.get(1)::equals).hasSize(5);
        // the body is never hidden
        assertThat(hidden).noneMatch(line -> line.startsWith("The "));
    }

    @Test
    void a_line_at_the_top_of_three_nearby_pages_or_a_single_word_is_not_a_chapter_s_running_line() {
        var paged = Paged.of(20, p -> (p == 7 || p == 8 || p == 9 ? "Schedule of fees\n" : "")
                + (p >= 12 && p <= 17 ? "Note\n" : "") + body(p) + "\n" + p);

        var pages = paged.find();

        assertThat(pages.running()).extracting(TextPages.Running::text).doesNotContain("Schedule of fees", "Note");
    }

    @Test
    void a_line_repeated_on_two_pages_of_forty_is_not_a_running_line() {
        var paged = Paged.of(40, p -> (p == 7 || p == 31 ? "Schedule of fees\n" : "") + body(p));

        var pages = paged.find();

        assertThat(pages.running()).isEmpty();
        assertThat(pages.hidden()).isEmpty();
        assertThat(pages.starts()).hasSize(40);
    }

    @Test
    void a_header_on_a_good_share_of_the_pages_is_one_even_if_some_pages_lack_it() {
        // odd pages carry the chapter's title, even pages the document's: each on half the pages
        var paged = Paged.of(20, p -> (p % 2 == 1 ? "Chapter II. Registration\n" : "Social Media Rules, 2026\n") + body(p));

        var pages = paged.find();

        assertThat(pages.running()).extracting(TextPages.Running::text)
                .containsExactly("Chapter II. Registration", "Social Media Rules, 2026");
    }

    @Test
    void a_text_of_one_page_has_no_running_lines_and_a_text_without_pages_none_at_all() {
        var one = Paged.of(1, p -> "RESTRICTED — DRAFT\n" + body(p) + "\nPage 1 of 1");

        assertThat(one.find().running()).isEmpty();
        assertThat(one.find().hidden()).isEmpty();
        assertThat(one.find().starts()).containsExactly(0);
        assertThat(RunningLines.find("No pages here.", new int[0])).isEqualTo(TextPages.NONE);
        assertThat(RunningLines.find("", new int[] { 0 })).isEqualTo(TextPages.NONE);
    }

    @Test
    void page_starts_outside_the_text_or_out_of_order_are_ignored() {
        var paged = Paged.of(4, p -> "RESTRICTED\n" + body(p));
        var starts = new ArrayList<Integer>();
        for (var s : paged.starts()) {
            starts.add(s);
        }
        starts.add(2, starts.get(1));
        starts.add(paged.text().length() + 10);

        var pages = RunningLines.find(paged.text(), starts.stream().mapToInt(Integer::intValue).toArray());

        assertThat(pages.starts()).containsExactly(paged.starts()[0], paged.starts()[1], paged.starts()[2],
                paged.starts()[3]);
        assertThat(pages.running()).extracting(TextPages.Running::text).containsExactly("RESTRICTED");
    }

    @Test
    void numbers_in_any_script_and_roman_page_numbers_compare_as_one() {
        assertThat(RunningLines.key("Page 3 of 5")).isEqualTo(RunningLines.key("page 14 of 15"));
        assertThat(RunningLines.key("- 7 -")).isEqualTo("#");
        assertThat(RunningLines.key("iv")).isEqualTo("#");
        assertThat(RunningLines.key("۱۲")).isEqualTo("#");
        assertThat(RunningLines.key("mid")).isNotEqualTo("#");
        assertThat(RunningLines.key("x".repeat(RunningLines.MAX_LENGTH + 1))).isNull();
    }
}
