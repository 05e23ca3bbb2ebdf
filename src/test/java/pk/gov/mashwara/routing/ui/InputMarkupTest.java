package pk.gov.mashwara.routing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The light markup the input is edited in: to HTML (sanitised) and back, without losing anything it can say. */
class InputMarkupTest {

    static final String MARKUP = """
            ## Points accepted

            ### Page 2: “within thirty days”

            - **Accepted.** Thirty days is too long; *fifteen* would do.
            - Second point

            1. First
            2. دوسرا نکتہ

            A closing paragraph
            on two lines.""";

    @Test
    void markup_becomes_the_allowed_html_and_comes_back_the_same() {
        var html = InputMarkup.toHtml(MARKUP);
        assertThat(html).isEqualTo("<h2>Points accepted</h2><h3>Page 2: “within thirty days”</h3><ul><li><strong>"
                + "Accepted.</strong> Thirty days is too long; <em>fifteen</em> would do.</li><li>Second point</li></ul>"
                + "<ol><li>First</li><li>دوسرا نکتہ</li></ol><p>A closing paragraph<br>on two lines.</p>");
        assertThat(InputMarkup.toMarkup(html)).isEqualTo(MARKUP);
        assertThat(InputMarkup.toHtml(InputMarkup.toMarkup(html))).isEqualTo(html);
    }

    @Test
    void anything_else_typed_is_text_never_markup() {
        var html = InputMarkup.toHtml("<script>alert(1)</script> <b onclick=\"x()\">no</b> & 2 * 3 * 4");
        assertThat(html).isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;b onclick=\"x()\"&gt;no&lt;/b&gt; "
                + "&amp; 2 * 3 * 4</p>");
        assertThat(InputMarkup.toHtml("# one hash is text")).isEqualTo("<p># one hash is text</p>");
        assertThat(InputMarkup.toHtml("   \n\n ")).isEmpty();
    }
}
