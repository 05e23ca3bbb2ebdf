package pk.gov.mashwara.routing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * The text of the working group's input as HTML limited to headings, paragraphs, lists, bold and italic, with no
 * attributes at all: no links, no styles, no scripts, no event handlers. Whatever arrives is cleaned to that on
 * saving, and cleaned again before it is shown, so a stored text is inert even if it was changed behind the
 * portal's back.
 */
public final class InputHtml {

    /** The tags a text may use, and nothing else (every attribute is dropped). */
    public static final java.util.Set<String> TAGS = java.util.Set.of("h2", "h3", "h4", "p", "ul", "ol", "li",
            "strong", "em", "b", "i", "br");

    private static final Safelist SAFELIST = Safelist.none().addTags(TAGS.toArray(String[]::new));

    private InputHtml() {
    }

    /** The text with every tag but {@link #TAGS}, every attribute and every comment removed. */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        var settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFELIST, settings).strip();
    }

    /** The words of the text without markup, block by block on lines of their own (for checks and letters). */
    public static String plain(String html) {
        var body = Jsoup.parseBodyFragment(clean(html)).body();
        var out = new StringBuilder();
        plain(body, out);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void plain(Node node, StringBuilder out) {
        for (var child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.text());
            } else if (child instanceof Element element) {
                var block = switch (element.normalName()) {
                    case "h2", "h3", "h4", "p", "li", "ul", "ol" -> true;
                    default -> false;
                };
                if (element.normalName().equals("br")) {
                    out.append('\n');
                    continue;
                }
                if (block && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                if (element.normalName().equals("li")) {
                    out.append("• ");
                }
                plain(element, out);
                if (block) {
                    out.append('\n');
                }
            }
        }
    }
}
