package pk.gov.mashwara.text.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.shared.TextParagraphs;

class ReaderDocumentTest {

    /** A text read afresh for each reader (a new string each time, as from the database). */
    private static String freshText() {
        return new StringBuilder("Section 1. Short title.\n\nThese rules may be called the Social Media Rules.\n\n")
                .append("قواعد سوشل میڈیا ۲۰۲۶\n\n").append("Section 2. Definitions.").toString();
    }

    @Test
    void readers_of_the_same_text_share_one_copy_of_it_and_of_its_paragraphs() {
        var first = freshText();
        var second = freshText();
        assertThat(second).isEqualTo(first).isNotSameAs(first);

        var a = ReaderDocument.of(first);
        var b = ReaderDocument.of(second);

        assertThat(b).isSameAs(a);
        assertThat(b.text()).isSameAs(a.text());
        assertThat(ReaderDocument.of(first + " ")).isNotSameAs(a);
    }

    @Test
    void paragraphs_follow_the_portal_s_one_paragraph_rule() {
        var text = freshText();
        var document = ReaderDocument.of(text);
        var spans = TextParagraphs.spans(text);

        assertThat(document.paragraphs()).isEqualTo(spans.size()).isEqualTo(4);
        for (int i = 0; i < spans.size(); i++) {
            assertThat(document.start(i)).isEqualTo(spans.get(i).start());
            assertThat(document.end(i)).isEqualTo(spans.get(i).end());
            assertThat(document.paragraph(i)).isEqualTo(text.substring(spans.get(i).start(), spans.get(i).end()));
            assertThat(document.paragraphAt(spans.get(i).start())).isEqualTo(i);
            assertThat(document.paragraphAt(spans.get(i).end() - 1)).isEqualTo(i);
        }
        assertThat(document.paragraph(2)).isEqualTo("قواعد سوشل میڈیا ۲۰۲۶");
        assertThat(document.paragraphAt(0)).isZero();
        assertThat(document.paragraphAt(text.length())).isEqualTo(3);
    }

    @Test
    void an_empty_text_has_no_paragraphs() {
        assertThat(ReaderDocument.of("").paragraphs()).isZero();
        assertThat(ReaderDocument.of(null)).isSameAs(ReaderDocument.EMPTY);
    }

    @Test
    void a_session_moved_to_another_node_joins_the_shared_copy_again() throws Exception {
        var document = ReaderDocument.of(freshText());
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(document);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isSameAs(document);
        }
    }

    @Test
    void running_lines_are_in_no_paragraph_and_each_page_is_marked_where_its_text_begins() {
        var text = "RESTRICTED\n\nRule 1. Short title.\n\nRule 2. Every platform shall\n- 1 -\n"
                + "RESTRICTED\nappoint an officer.\n\n- 2 -\n";
        var page2 = text.indexOf("- 1 -") + 6;
        var pages = pk.gov.mashwara.text.RunningLines.find(text, new int[] { 0, page2 });
        assertThat(pages.running()).extracting(pk.gov.mashwara.text.TextPages.Running::text)
                .containsExactly("RESTRICTED", "- # -");

        var document = ReaderDocument.of(text, pages);

        var shown = new java.util.ArrayList<String>();
        for (int i = 0; i < document.paragraphs(); i++) {
            shown.add(document.paragraph(i));
        }
        // the sentence that runs on over the footer and the next header (the page ended mid-sentence) is one
        // paragraph, at its own offsets; the footer and header inside it are shown as one space
        assertThat(shown).containsExactly("Rule 1. Short title.",
                "Rule 2. Every platform shall\n- 1 -\nRESTRICTED\nappoint an officer.");
        assertThat(document.shown(1).replace("\u2060", "")).isEqualTo("Rule 2. Every platform shall appoint an officer.");
        assertThat(document.shown(1)).hasSameSizeAs(document.paragraph(1));
        assertThat(document.pageStartingWith(0)).isEqualTo(1);
        assertThat(document.pageStartingWith(1)).isZero();
        // page 2 is marked where its text resumes, inside the paragraph
        assertThat(document.pagesWithin(1)).singleElement().satisfies(p -> {
            assertThat(p[0]).isEqualTo(text.indexOf("appoint"));
            assertThat(p[1]).isEqualTo(2);
        });
        // a passage selected across the break is quoted as it reads, without the footer and header
        assertThat(document.readable(text.indexOf("shall"), text.indexOf("officer") + 7))
                .isEqualTo("shall appoint an officer");
        // the same text without pages is another document, with the lines in it
        assertThat(ReaderDocument.of(text).paragraphs()).isGreaterThan(3);
    }

    @Test
    void a_page_that_begins_inside_a_paragraph_is_marked_there() {
        var text = "Rule 1. Every platform shall appoint an officer\nresident in Pakistan.\n\nRule 2. Reports.";
        var page2 = text.indexOf("resident");
        var document = ReaderDocument.of(text, pk.gov.mashwara.text.RunningLines.find(text, new int[] { 0, page2 }));

        assertThat(document.paragraphs()).isEqualTo(2);
        assertThat(document.pageStartingWith(0)).isEqualTo(1);
        assertThat(document.pagesWithin(0)).singleElement().satisfies(p -> {
            assertThat(p[0]).isEqualTo(page2);
            assertThat(p[1]).isEqualTo(2);
        });
        assertThat(document.pageStartingWith(1)).isZero();
    }

    @Test
    void a_new_sentence_or_clause_after_a_page_break_stays_a_paragraph_of_its_own() {
        var text = "RESTRICTED\n\nRule 1. Every platform shall appoint an officer.\n- 1 -\n"
                + "RESTRICTED\nRule 2. Reports are published.\n\n- 2 -\n"
                + "RESTRICTED\n(a) in English; and\n\n- 3 -\n";
        var page2 = text.indexOf("- 1 -") + 6;
        var page3 = text.indexOf("- 2 -") + 6;
        var document = ReaderDocument.of(text, pk.gov.mashwara.text.RunningLines.find(text, new int[] { 0, page2, page3 }));

        var shown = new java.util.ArrayList<String>();
        for (int i = 0; i < document.paragraphs(); i++) {
            shown.add(document.paragraph(i));
        }
        assertThat(shown).containsExactly("Rule 1. Every platform shall appoint an officer.",
                "Rule 2. Reports are published.", "(a) in English; and");
    }
}
