package pk.gov.mashwara.review.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.review.Comparison.Change;
import pk.gov.mashwara.review.Comparison.Passage;
import pk.gov.mashwara.review.Comparison.Row;
import pk.gov.mashwara.review.Comparison.RowKind;
import pk.gov.mashwara.review.Comparison.Segment;
import pk.gov.mashwara.review.diff.TextDiff.Difference;

class TextDiffTest {

    private static final String ONE = "1. These rules may be called the Online Content Rules, 2026.";
    private static final String TWO = "2. A platform shall register with the Authority within ninety days of these rules.";
    private static final String THREE = "3. The Authority may charge a fee for registration, as the Federal Government directs.";

    @Test
    void the_same_text_has_only_unchanged_rows() {
        var text = String.join("\n\n", ONE, TWO, THREE);
        var difference = TextDiff.compare(text, text);
        assertThat(difference.rows()).extracting(Row::kind).containsOnly(RowKind.UNCHANGED).hasSize(3);
        assertThat(difference.counts().paragraphsUnchanged()).isEqualTo(3);
        assertThat(difference.counts().wordsAdded() + difference.counts().wordsRemoved()).isZero();
        assertThat(difference.precision().full()).isTrue();
        assertPassagesMatch(difference, text, text);
    }

    @Test
    void an_inserted_paragraph_is_added_where_it_was_inserted() {
        var from = String.join("\n\n", ONE, TWO, THREE);
        var inserted = "2A. A foreign platform shall appoint a representative in Pakistan.";
        var to = String.join("\n\n", ONE, TWO, inserted, THREE);
        var difference = TextDiff.compare(from, to);
        assertThat(difference.rows()).extracting(Row::kind).containsExactly(RowKind.UNCHANGED, RowKind.UNCHANGED,
                RowKind.ADDED, RowKind.UNCHANGED);
        var added = difference.rows().get(2);
        assertThat(added.from()).isNull();
        assertThat(added.to().text()).isEqualTo(inserted);
        assertThat(added.to().paragraph()).isEqualTo(2);
        assertThat(added.to().start()).isEqualTo(to.indexOf(inserted));
        assertThat(difference.counts().paragraphsAdded()).isEqualTo(1);
        assertThat(difference.counts().wordsAdded()).isEqualTo(10);
        assertThat(difference.counts().wordsRemoved()).isZero();
        assertPassagesMatch(difference, from, to);
    }

    @Test
    void a_deleted_paragraph_is_removed_from_its_place() {
        var from = String.join("\n\n", ONE, TWO, THREE);
        var to = String.join("\n\n", ONE, THREE);
        var difference = TextDiff.compare(from, to);
        assertThat(difference.rows()).extracting(Row::kind).containsExactly(RowKind.UNCHANGED, RowKind.REMOVED,
                RowKind.UNCHANGED);
        assertThat(difference.rows().get(1).from().text()).isEqualTo(TWO);
        assertThat(difference.rows().get(1).to()).isNull();
        assertThat(difference.rows().get(2).from().paragraph()).isEqualTo(2);
        assertThat(difference.rows().get(2).to().paragraph()).isEqualTo(1);
        assertThat(difference.counts().paragraphsRemoved()).isEqualTo(1);
        assertThat(difference.counts().wordsRemoved()).isEqualTo(14);
        assertPassagesMatch(difference, from, to);
    }

    @Test
    void one_word_changed_in_a_long_paragraph_shows_that_word_and_not_the_paragraph() {
        var longParagraph = IntStream.range(0, 60).mapToObj(i -> "The platform shall keep record " + i + " safely.")
                .collect(Collectors.joining(" "));
        var from = String.join("\n\n", ONE, longParagraph, THREE);
        var edited = longParagraph.replace("record 30 safely", "record 30 securely");
        var to = String.join("\n\n", ONE, edited, THREE);
        var difference = TextDiff.compare(from, to);
        assertThat(difference.rows()).extracting(Row::kind).containsExactly(RowKind.UNCHANGED, RowKind.CHANGED,
                RowKind.UNCHANGED);
        var changed = difference.rows().get(1);
        assertThat(changed.wordLevel()).isTrue();
        assertThat(changed.segments()).filteredOn(s -> s.change() != Change.SAME)
                .extracting(Segment::change, Segment::text)
                .containsExactly(tuple(Change.REMOVED, "safely"), tuple(Change.ADDED, "securely"));
        assertThat(sideText(changed, true)).isEqualTo(longParagraph);
        assertThat(sideText(changed, false)).isEqualTo(edited);
        assertThat(difference.counts()).satisfies(c -> {
            assertThat(c.paragraphsChanged()).isEqualTo(1);
            assertThat(c.wordsAdded()).isEqualTo(1);
            assertThat(c.wordsRemoved()).isEqualTo(1);
        });
    }

    @Test
    void neighbouring_changed_words_read_as_one_removal_and_one_addition() {
        var difference = TextDiff.compare("The fee is ten thousand rupees a year.", "The fee is twenty five hundred rupees a year.");
        assertThat(difference.rows()).singleElement().satisfies(row -> assertThat(row.segments())
                .extracting(Segment::change, Segment::text).containsExactly(tuple(Change.SAME, "The fee is "),
                        tuple(Change.REMOVED, "ten thousand"), tuple(Change.ADDED, "twenty five hundred"),
                        tuple(Change.SAME, " rupees a year.")));
        assertThat(difference.counts().wordsRemoved()).isEqualTo(2);
        assertThat(difference.counts().wordsAdded()).isEqualTo(3);
    }

    @Test
    void a_rewritten_paragraph_is_removed_and_added_rather_than_changed() {
        var from = String.join("\n\n", ONE, TWO, THREE);
        var rewritten = "2. Registration is voluntary for every service provider operating today.";
        var difference = TextDiff.compare(from, String.join("\n\n", ONE, rewritten, THREE));
        assertThat(difference.rows()).extracting(Row::kind).containsExactly(RowKind.UNCHANGED, RowKind.REMOVED,
                RowKind.ADDED, RowKind.UNCHANGED);
    }

    @Test
    void urdu_words_with_their_diacritics_are_compared_as_words() {
        var from = "حکومتِ پاکستان نے قواعد جاری کیے۔\n\nپلیٹ فارم نوے دن میں رجسٹر ہوں گے۔";
        var to = "حکومتِ پاکستان نے ترمیم شدہ قواعد جاری کیے۔\n\nپلیٹ فارم ساٹھ دن میں رجسٹر ہوں گے۔";
        assertThat(Words.tokens("حکومتِ پاکستان")).containsExactly("حکومتِ", " ", "پاکستان");
        assertThat(Words.tokens("کیے۔")).containsExactly("کیے", "۔");
        var difference = TextDiff.compare(from, to);
        assertThat(difference.rows()).extracting(Row::kind).containsExactly(RowKind.CHANGED, RowKind.CHANGED);
        assertThat(difference.rows().get(0).segments()).filteredOn(s -> s.change() != Change.SAME)
                .extracting(Segment::change, Segment::text).containsExactly(tuple(Change.ADDED, "ترمیم شدہ "));
        assertThat(difference.rows().get(1).segments()).filteredOn(s -> s.change() != Change.SAME)
                .extracting(Segment::change, Segment::text)
                .containsExactly(tuple(Change.REMOVED, "نوے"), tuple(Change.ADDED, "ساٹھ"));
        assertThat(difference.counts().wordsAdded()).isEqualTo(3);
        assertThat(difference.counts().wordsRemoved()).isEqualTo(1);
        assertPassagesMatch(difference, from, to);
    }

    @Test
    void empty_texts_compare_to_nothing_or_to_everything() {
        assertThat(TextDiff.compare("", "").rows()).isEmpty();
        assertThat(TextDiff.compare("  \n\n ", "").counts().paragraphsUnchanged()).isZero();
        var added = TextDiff.compare("", ONE + "\n\n" + TWO);
        assertThat(added.rows()).extracting(Row::kind).containsExactly(RowKind.ADDED, RowKind.ADDED);
        var removed = TextDiff.compare(ONE, "");
        assertThat(removed.rows()).extracting(Row::kind).containsExactly(RowKind.REMOVED);
        assertThat(removed.counts().wordsRemoved()).isEqualTo(11);
    }

    @Test
    void paragraphs_rewrapped_with_other_line_breaks_are_unchanged() {
        var from = "1. A platform shall\nregister within\nninety days.\n\n2. Second.";
        var to = "1. A platform shall register\nwithin ninety days.\n\n2. Second.";
        var difference = TextDiff.compare(from, to);
        assertThat(difference.rows()).extracting(Row::kind).containsOnly(RowKind.UNCHANGED);
        assertPassagesMatch(difference, from, to);
    }

    @Test
    void a_2_mb_text_against_a_lightly_edited_copy_is_compared_word_by_word_in_reasonable_time() {
        var random = new Random(7);
        var paragraphs = new ArrayList<String>();
        while (paragraphs.stream().mapToInt(String::length).sum() < 2_000_000) {
            paragraphs.add(sentence(random, paragraphs.size()));
        }
        var from = String.join("\n\n", paragraphs);
        var edited = new ArrayList<>(paragraphs);
        edited.set(100, edited.get(100).replaceFirst(" shall ", " must "));
        edited.remove(5000);
        edited.add(9000, "An entirely new clause about appeals to the High Court.");
        edited.set(12000, edited.get(12000) + " Added at the end of a clause.");
        var to = String.join("\n\n", edited);

        long started = System.nanoTime();
        var difference = TextDiff.compare(from, to);
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofSeconds(15));
        assertThat(difference.precision().full()).isTrue();
        assertThat(difference.counts().paragraphsChanged()).isEqualTo(2);
        assertThat(difference.counts().paragraphsAdded()).isEqualTo(1);
        assertThat(difference.counts().paragraphsRemoved()).isEqualTo(1);
        assertThat(difference.counts().wordsAdded()).isEqualTo(1 + 10 + 7);
        assertThat(difference.rows()).filteredOn(r -> r.kind() == RowKind.CHANGED).allMatch(Row::wordLevel);
        assertPassagesMatch(difference, from, to);
    }

    @Test
    void unrelated_large_texts_stay_within_bounds_and_say_the_comparison_is_coarser() {
        var random = new Random(11);
        var from = IntStream.range(0, 20_000).mapToObj(i -> sentence(random, i)).collect(Collectors.joining("\n\n"));
        var to = IntStream.range(0, 20_000).mapToObj(i -> sentence(random, i + 50_000)).collect(Collectors.joining("\n\n"));
        long started = System.nanoTime();
        var difference = TextDiff.compare(from, to);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(difference.precision().approximateAlignment()).isTrue();
        // 40,000 differing paragraphs in all: the comparison stops at its limit and says so
        var counts = difference.counts();
        assertThat(counts.paragraphsAdded() + counts.paragraphsRemoved() + counts.paragraphsChanged())
                .isEqualTo(Effort.MAX_DIFFERENCES);
        assertThat(difference.precision().differenceLimit()).isEqualTo(Effort.MAX_DIFFERENCES);
        assertPassagesMatch(difference, from, to);
    }

    @Test
    void past_the_word_budget_changed_paragraphs_are_shown_whole_and_counted() {
        var from = String.join("\n\n", ONE, TWO, THREE);
        var to = from.replace("ninety", "sixty").replace("fee", "charge");
        var difference = TextDiff.compare(from, to, new Effort(Effort.RUN_STEPS, Effort.TOTAL_STEPS, Effort.MAX_EDITS, 100));
        assertThat(difference.rows()).extracting(Row::kind).containsExactly(RowKind.UNCHANGED, RowKind.CHANGED,
                RowKind.CHANGED);
        assertThat(difference.rows().get(1).wordLevel()).isTrue();
        var whole = difference.rows().get(2);
        assertThat(whole.wordLevel()).isFalse();
        assertThat(whole.segments()).extracting(Segment::change, Segment::text)
                .containsExactly(tuple(Change.REMOVED, THREE), tuple(Change.ADDED, THREE.replace("fee", "charge")));
        assertThat(difference.precision().paragraphsWithoutWordDetail()).isEqualTo(1);
        assertThat(difference.precision().full()).isFalse();
    }

    @Test
    void too_many_differences_for_the_bound_are_aligned_on_unique_paragraphs() {
        var from = IntStream.range(0, 40).mapToObj(i -> "Clause " + i + ": the Authority shall act.").toList();
        var to = from.stream().map(p -> p.endsWith("5: the Authority shall act.") ? p : p.replace("Authority", "Commission"))
                .collect(Collectors.toCollection(ArrayList::new));
        to.add(20, "A clause inserted in the middle.");
        // at most 24 differences per run: Myers gives up on the whole (73), the unchanged clauses 5, 15, 25 and 35
        // anchor the alignment, and Myers aligns the stretches between them (at most 19 differences each)
        var difference = TextDiff.compare(String.join("\n\n", from), String.join("\n\n", to),
                new Effort(100_000, 10_000_000, 24, 1_000_000));
        assertThat(difference.precision().full()).isTrue();
        assertThat(difference.counts().paragraphsUnchanged()).isEqualTo(4);
        assertThat(difference.counts().paragraphsChanged()).isEqualTo(36);
        assertThat(difference.counts().paragraphsAdded()).isEqualTo(1);
        assertThat(difference.rows()).filteredOn(r -> r.kind() == RowKind.CHANGED)
                .allSatisfy(r -> assertThat(r.from().paragraph()).isEqualTo(Integer.parseInt(r.to().text().split("[ :]")[1])));
    }

    @Test
    void a_marker_range_touches_the_paragraphs_it_overlaps() {
        var passage = new Passage(0, 10, 20, "x".repeat(10));
        assertThat(passage.touches(0, 10)).isFalse();
        assertThat(passage.touches(0, 11)).isTrue();
        assertThat(passage.touches(19, 30)).isTrue();
        assertThat(passage.touches(20, 30)).isFalse();
        assertThat(passage.touches(15, 15)).isTrue();
    }

    @Test
    void the_longest_increasing_chain_of_anchors() {
        var chain = Alignment.longestIncreasing(List.of(new int[] { 0, 3 }, new int[] { 1, 1 }, new int[] { 2, 2 },
                new int[] { 3, 0 }, new int[] { 4, 4 }));
        assertThat(chain).extracting(c -> c[0]).containsExactly(1, 2, 4);
        assertThat(Alignment.longestIncreasing(List.of())).isEmpty();
    }

    private static String sentence(Random random, int index) {
        var words = List.of("platform", "authority", "shall", "register", "content", "federal", "government", "rules",
                "notice", "appeal", "days", "record", "user", "service", "provider", "lawful", "order");
        var sentence = new StringBuilder("Clause ").append(index).append(':');
        int length = 8 + random.nextInt(20);
        for (int i = 0; i < length; i++) {
            sentence.append(' ').append(words.get(random.nextInt(words.size())));
        }
        return sentence.append('.').toString();
    }

    /** Each side of each row is its paragraph of its text, and the rows run through both texts in order. */
    @Test
    void rows_are_numbered_in_order_and_a_sink_gets_the_same_rows_as_the_list() {
        var from = String.join("\n\n", ONE, TWO, THREE);
        var to = String.join("\n\n", ONE, TWO.replace("ninety", "sixty"), "2A. A new clause.", THREE);
        var listed = TextDiff.compare(from, to);
        var sunk = new ArrayList<Row>();
        var summary = TextDiff.compare(from, to, sunk::add);
        assertThat(sunk).isEqualTo(listed.rows());
        assertThat(summary.counts()).isEqualTo(listed.counts());
        assertThat(sunk).extracting(Row::index).containsExactly(0, 1, 2, 3);
    }

    @Test
    void after_the_limit_of_differences_the_comparison_stops_and_says_so() {
        var from = IntStream.range(0, 100).mapToObj(i -> "Clause " + i + " stays as it is in the rules.")
                .collect(Collectors.joining("\n\n"));
        var to = IntStream.range(0, 100).mapToObj(i -> i % 2 == 0 ? "Clause " + i + " stays as it is in the rules."
                : "Entirely new wording number " + i + " replaces it.").collect(Collectors.joining("\n\n"));
        var rows = new ArrayList<Row>();
        var summary = TextDiff.compare(from, to,
                new Effort(Effort.RUN_STEPS, Effort.TOTAL_STEPS, Effort.MAX_EDITS, Effort.WORD_TOKENS, 10), rows::add);
        var counts = summary.counts();
        assertThat(counts.paragraphsAdded() + counts.paragraphsRemoved() + counts.paragraphsChanged()).isEqualTo(10);
        assertThat(rows).filteredOn(r -> r.kind() != RowKind.UNCHANGED).hasSize(10);
        assertThat(summary.precision().differenceLimit()).isEqualTo(10);
        assertThat(summary.precision().full()).isFalse();
        // everything before the stop is there, nothing after it
        assertThat(rows.getLast().index()).isEqualTo(rows.size() - 1);
        assertThat(rows.size()).isLessThan(100);
    }

    @Test
    void a_long_stretch_of_unrelated_paragraphs_is_paired_without_weighing_every_pair() {
        // 3,000 paragraphs on each side, nothing in common: paired by position, one pair at a time
        var random = new Random(7);
        var from = IntStream.range(0, 3000).mapToObj(i -> "alpha" + random.nextInt(1_000_000) + " beta" + i)
                .collect(Collectors.joining("\n\n"));
        var to = IntStream.range(0, 3000).mapToObj(i -> "gamma" + random.nextInt(1_000_000) + " delta" + i)
                .collect(Collectors.joining("\n\n"));
        var difference = TextDiff.compare(from, to);
        assertThat(difference.counts().paragraphsRemoved()).isEqualTo(3000);
        assertThat(difference.counts().paragraphsAdded()).isEqualTo(3000);
        assertPassagesMatch(difference, from, to);
    }

    private static void assertPassagesMatch(Difference difference, String from, String to) {
        int nextFrom = 0;
        int nextTo = 0;
        for (var row : difference.rows()) {
            if (row.from() != null) {
                assertThat(from.substring(row.from().start(), row.from().end())).isEqualTo(row.from().text());
                assertThat(row.from().paragraph()).isEqualTo(nextFrom++);
            }
            if (row.to() != null) {
                assertThat(to.substring(row.to().start(), row.to().end())).isEqualTo(row.to().text());
                assertThat(row.to().paragraph()).isEqualTo(nextTo++);
            }
        }
        if (difference.precision().differenceLimit() == 0) {
            assertThat(nextFrom).isEqualTo(Paragraphs.spans(from).size());
            assertThat(nextTo).isEqualTo(Paragraphs.spans(to).size());
        }
    }

    /** The text of one side of a changed row, as the side-by-side view reads it. */
    private static String sideText(Row row, boolean from) {
        return row.segments().stream()
                .filter(s -> s.change() == Change.SAME || s.change() == (from ? Change.REMOVED : Change.ADDED))
                .map(Segment::text).collect(Collectors.joining());
    }

    @Test
    void a_pdf_s_text_is_compared_in_the_paragraphs_the_reader_shows_whatever_its_line_breaks() {
        var act = pk.gov.mashwara.support.TextSamples.ACT_FROM_PDF;
        // the next version, extracted again: one word changed, and a line break moved in another paragraph
        var next = act.replace("within ninety days", "within sixty days")
                .replace("every significant social\nmedia company", "every significant social media\ncompany");
        var difference = TextDiff.compare(act, next);

        assertThat(difference.rows()).hasSize(pk.gov.mashwara.shared.TextParagraphs.spans(act).size());
        assertThat(difference.counts().paragraphsChanged()).isEqualTo(1);
        assertThat(difference.counts().paragraphsUnchanged()).isEqualTo(difference.rows().size() - 1);
        var changed = difference.rows().stream().filter(r -> r.kind() == RowKind.CHANGED).findFirst().orElseThrow();
        assertThat(changed.from().reflowed()).isTrue();
        assertThat(changed.from().text()).startsWith("Every significant").endsWith("such companies.");
        assertThat(changed.segments()).extracting(Segment::change, Segment::text)
                .contains(tuple(Change.REMOVED, "ninety"), tuple(Change.ADDED, "sixty"));
    }
}
