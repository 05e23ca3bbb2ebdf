package pk.gov.mashwara.review.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pk.gov.mashwara.review.Comparison.Row;
import pk.gov.mashwara.review.Comparison.RowKind;

/** A comparison written to disk reads back exactly, and its pages hold the differences with their context. */
class ComparisonFileTest {

    @TempDir
    Path dir;

    static String clauses(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "Clause " + i + " of the rules applies to every platform.")
                .collect(Collectors.joining("\n\n"));
    }

    @Test
    void rows_read_back_as_the_comparison_found_them() throws IOException {
        var from = clauses(40) + "\n\nاردو کا ایک پیراگراف۔";
        var to = from.replace("Clause 7 of", "Clause 7 (amended) of").replace("Clause 20 of the rules applies to every platform.", "")
                + "\n\nA clause added at the end.";
        var expected = TextDiff.compare(from, to);
        var file = dir.resolve("a.cmp");
        var header = ComparisonFile.write(file, from, to, 0);
        assertThat(header.rowCount()).isEqualTo(expected.rows().size());
        assertThat(header.counts()).isEqualTo(expected.counts());
        try (var read = ComparisonFile.open(file)) {
            assertThat(read.header().counts()).isEqualTo(expected.counts());
            assertThat(read.header().precision()).isEqualTo(expected.precision());
            assertThat(read.rows(IntStream.range(0, header.rowCount()).toArray())).isEqualTo(expected.rows());
            // three places: the changed clause 7, the removed clause 20, the clause added at the end
            assertThat(read.header().places()).isEqualTo(3);
            assertThat(read.header().placeStarts()).containsExactly(6, 19, 41);
        }
    }

    @Test
    void paragraphs_joined_from_the_lines_of_a_pdf_read_back_as_joined() throws IOException {
        // a text broken into lines of one width, as PDFs come out: its paragraphs are reflowed
        var line = "The Authority may by notification in the official Gazette make rules for";
        var from = String.join("\n", line, line, line, "carrying out the purposes.", "", line, line, "the end.");
        var to = from.replace("the end.", "the very end.");
        var expected = TextDiff.compare(from, to);
        assertThat(expected.rows()).anySatisfy(r -> assertThat(r.from().reflowed()).isTrue());
        var file = dir.resolve("reflowed.cmp");
        ComparisonFile.write(file, from, to, 0);
        try (var read = ComparisonFile.open(file)) {
            assertThat(read.rows(IntStream.range(0, read.header().rowCount()).toArray())).isEqualTo(expected.rows());
        }
    }

    @Test
    void a_file_cut_short_or_not_a_comparison_is_refused() throws IOException {
        var file = dir.resolve("b.cmp");
        ComparisonFile.write(file, clauses(5), clauses(6), 0);
        var bytes = Files.readAllBytes(file);
        var cut = dir.resolve("cut.cmp");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertThatThrownBy(() -> ComparisonFile.open(cut)).isInstanceOf(IOException.class);
        var junk = dir.resolve("junk.cmp");
        Files.writeString(junk, "not a comparison at all");
        assertThatThrownBy(() -> ComparisonFile.open(junk)).isInstanceOf(IOException.class);
        assertThat(Files.list(dir)).noneMatch(p -> p.toString().endsWith(".part"));
    }

    @Test
    void the_text_limit_is_recorded_in_the_precision() throws IOException {
        var header = ComparisonFile.write(dir.resolve("c.cmp"), clauses(3), clauses(4), 1234);
        assertThat(header.precision().textLimit()).isEqualTo(1234);
        assertThat(header.precision().full()).isFalse();
    }

    @Test
    void a_page_shows_each_difference_with_one_unchanged_paragraph_around_it() throws IOException {
        var from = clauses(30);
        var to = from.replace("Clause 15 of", "Clause 15 (amended) of");
        var file = dir.resolve("d.cmp");
        ComparisonFile.write(file, from, to, 0);
        try (var read = ComparisonFile.open(file)) {
            var page = ComparisonPages.page(read, 0, 100, e -> false);
            assertThat(page.rows()).containsExactly(13, 14, 15);
            assertThat(page.next()).isEqualTo(-1);
            // a paragraph asked to be kept (one with a thread) is shown although unchanged and far from the change
            var kept = ComparisonPages.page(read, 0, 100, e -> e.index() == 4 || e.index() == 25);
            assertThat(kept.rows()).containsExactly(4, 13, 14, 15, 25);
        }
    }

    @Test
    void pages_end_at_their_limit_and_the_next_one_carries_on_where_it_ended() throws IOException {
        var from = clauses(500);
        var to = IntStream.rangeClosed(1, 500).mapToObj(i -> i % 5 == 0 ? "Clause " + i + " of the rules was rewritten."
                : "Clause " + i + " of the rules applies to every platform.").collect(Collectors.joining("\n\n"));
        var file = dir.resolve("e.cmp");
        var header = ComparisonFile.write(file, from, to, 0);
        assertThat(header.places()).isEqualTo(100);
        try (var read = ComparisonFile.open(file)) {
            var seen = new ArrayList<Integer>();
            int start = 0;
            int pages = 0;
            while (start >= 0) {
                var page = ComparisonPages.page(read, start, 40, e -> false);
                assertThat(page.rows()).hasSizeLessThanOrEqualTo(40);
                for (int i : page.rows()) {
                    seen.add(i);
                }
                start = page.next();
                pages++;
            }
            assertThat(pages).isGreaterThan(5);
            // every difference is on exactly one page, in order
            var differences = read.rows(seen.stream().mapToInt(Integer::intValue).toArray()).stream()
                    .filter(r -> r.kind() != RowKind.UNCHANGED).map(Row::index).toList();
            assertThat(differences).hasSize(100).isSorted().doesNotHaveDuplicates();
            assertThat(seen).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void reading_rows_out_of_range_is_refused() throws IOException {
        var file = dir.resolve("f.cmp");
        ComparisonFile.write(file, clauses(3), clauses(3), 0);
        try (var read = ComparisonFile.open(file)) {
            assertThatThrownBy(() -> read.rows(new int[] { 3 })).isInstanceOf(IndexOutOfBoundsException.class);
            assertThat(read.rows(new int[] { 0, 2 })).extracting(Row::index).containsExactly(0, 2);
            assertThat(List.of(read.header().places())).containsExactly(0);
        }
    }
}
