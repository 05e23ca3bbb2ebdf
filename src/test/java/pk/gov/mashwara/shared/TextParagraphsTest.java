package pk.gov.mashwara.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.shared.TextParagraphs.Span;
import pk.gov.mashwara.support.TextSamples;

class TextParagraphsTest {

    static List<String> paragraphs(String text) {
        return TextParagraphs.spans(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void blank_lines_separate_paragraphs_and_surrounding_space_is_left_out() {
        assertThat(TextParagraphs.spans("  One\n\n Two \n")).containsExactly(new Span(2, 5), new Span(8, 11));
        assertThat(paragraphs("Rule 1.\r\n \t\r\nRule 2\nstill rule 2.\n\n\n\nRule 3."))
                .containsExactly("Rule 1.", "Rule 2\nstill rule 2.", "Rule 3.");
    }

    @Test
    void a_text_without_blank_lines_is_taken_line_by_line() {
        assertThat(paragraphs("First line\nSecond line\n  \nThird")).containsExactly("First line\nSecond line", "Third");
        assertThat(paragraphs("First line\nSecond line\nThird")).containsExactly("First line", "Second line", "Third");
        assertThat(paragraphs("ایک سطر\nدوسری سطر")).containsExactly("ایک سطر", "دوسری سطر");
    }

    @Test
    void nothing_but_space_has_no_paragraphs() {
        assertThat(TextParagraphs.spans("")).isEmpty();
        assertThat(TextParagraphs.spans(" \n\n \t")).isEmpty();
    }

    static final String ACT = TextSamples.ACT_FROM_PDF;

    @Test
    void the_lines_of_a_text_broken_into_lines_join_into_paragraphs_at_headings_items_and_short_lines() {
        assertThat(paragraphs(ACT).stream().map(TextParagraphs::shown).map(p -> p.replace("\u00AD\u2060", "")).toList())
                .containsExactly(
                        "THE SOCIAL MEDIA RULES, 2026",
                        "CHAPTER I",
                        "PRELIMINARY",
                        "1. Short title.",
                        "(1) These rules may be called the Social Media (Protection of Citizens) Rules, 2026, and shall "
                                + "come into force at once on their publication in the official Gazette.",
                        "(2) They extend to the whole of Pakistan and apply to every significant social media company, "
                                + "whether or not it has an office or a representative in Pakistan.",
                        "2. Definitions.",
                        "In these rules, unless there is anything repugnant in the subject or context,\u2014",
                        "(a) \"Authority\" means the Pakistan Telecommunication Authority established under section 3 of "
                                + "the Pakistan Telecommunication (Re-organization) Act, 1996 (XVII of 1996);",
                        "(b) \"online content\" means any information, data or communication made available through an "
                                + "information system, including any order, regulation, notice or direction of the "
                                + "Authority under sub-section (1) of section 37 of the Act; and",
                        "(c) \"platform\" means a social media company registered under rule 3.",
                        "3. Registration.",
                        "Every significant social media company shall register with the Authority within ninety days "
                                + "of these rules coming into force. The Authority shall keep a register of such companies.",
                        "The register shall be open to inspection by the public during office hours.");
        assertThat(TextParagraphs.spans(ACT)).filteredOn(Span::reflowed).hasSize(5);
    }

    @Test
    void a_paragraph_is_shown_character_for_character_so_offsets_still_point_into_the_stored_text() {
        for (var span : TextParagraphs.spans(ACT)) {
            var stored = ACT.substring(span.start(), span.end());
            var shown = span.reflowed() ? TextParagraphs.shown(stored) : stored;
            assertThat(shown).hasSameSizeAs(stored);
            for (int i = 0; i < stored.length(); i++) {
                if (shown.charAt(i) != stored.charAt(i)) {
                    // only a line break, the spaces around it and a hyphen before it are shown otherwise
                    assertThat(stored.charAt(i)).isIn('\n', '\r', ' ', '\t', '-');
                }
            }
        }
        var hyphenated = "any order, regu-\r\n  lation, notice; Pakistan-\nIndia, 1990-\n1995; the end";
        assertThat(TextParagraphs.shown(hyphenated))
                .isEqualTo("any order, regu\u00AD\u2060\u2060\u2060\u2060lation, notice; Pakistan-\u2060India, "
                        + "1990-\u20601995; the end")
                .hasSameSizeAs(hyphenated);
        assertThat(TextParagraphs.shown("one line\r\nand  \n the next")).isEqualTo("one line  and    the next");
    }

    @Test
    void urdu_broken_into_lines_joins_too() {
        var line = "وفاقی حکومت سوشل میڈیا کمپنیوں کی رجسٹریشن کے لیے ایک اتھارٹی قائم کرے گی جو";
        var last = "ان کمپنیوں کا ریکارڈ رکھے گی۔";
        var text = String.join("\n", line, line, last, line, line, line, last, "", line, last);
        var paragraphs = paragraphs(text);
        assertThat(paragraphs).hasSize(3);
        assertThat(TextParagraphs.shown(paragraphs.get(0))).isEqualTo(line + " " + line + " " + last);
        assertThat(paragraphs.get(2)).isEqualTo(line + "\n" + last);
    }

    @Test
    void a_text_of_one_sentence_or_item_to_a_line_is_not_reflowed() {
        var clauses = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            clauses.append("Clause ").append(i).append(" of the long regulations applies to every platform.\n");
        }
        assertThat(TextParagraphs.spans(clauses.toString())).hasSize(30).noneMatch(Span::reflowed);
        var table = "Ministry of Information Technology and Telecommunication\nMinistry of Information and "
                + "Broadcasting\nPakistan Telecommunication Authority\nPakistan Electronic Media Regulatory Authority\n"
                + "Law and Justice Division\nCabinet Division\nFinance Division\n";
        assertThat(paragraphs(table)).hasSize(7);
        var wordProcessor = ("Each paragraph of a document from a word processor is one long line of text, however "
                + "long it runs, and the next paragraph starts on the next line after it.\n").repeat(8);
        assertThat(TextParagraphs.spans(wordProcessor)).hasSize(8).noneMatch(Span::reflowed);
    }
}
