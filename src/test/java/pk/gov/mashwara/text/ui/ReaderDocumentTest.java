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
}
