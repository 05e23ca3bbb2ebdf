package pk.gov.mashwara.routing.ui;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.springframework.web.util.HtmlUtils;

import pk.gov.mashwara.routing.InputHtml;

/**
 * The light markup the input is edited in, and its conversion to and from the stored HTML. A line that starts
 * with {@code ## } is a heading ({@code ### } a subheading, {@code #### } a minor one); {@code - } starts a
 * bulleted item and {@code 1. } a numbered one; a blank line ends a paragraph; {@code **words**} are bold and
 * {@code *words*} italic. Everything else is text: markup of any other kind is shown as typed.
 */
final class InputMarkup {

    private static final Pattern HEADING = Pattern.compile("^(#{2,4})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-*•]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[.)]\\s+(.*)$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![*\\w])");

    private InputMarkup() {
    }

    /** The markup as sanitised HTML. */
    static String toHtml(String markup) {
        var html = new StringBuilder();
        String list = null;
        var paragraph = new StringBuilder();
        for (var raw : (markup == null ? "" : markup).replace("\r\n", "\n").split("\n", -1)) {
            var line = raw.strip();
            var heading = HEADING.matcher(line);
            var bullet = BULLET.matcher(line);
            var numbered = NUMBERED.matcher(line);
            String kind = line.isEmpty() ? "blank" : heading.matches() ? "heading" : bullet.matches() ? "ul"
                    : numbered.matches() ? "ol" : "text";
            if (!kind.equals("text") && !paragraph.isEmpty()) {
                html.append("<p>").append(paragraph).append("</p>");
                paragraph.setLength(0);
            }
            if (list != null && !kind.equals(list)) {
                html.append("</").append(list).append(">");
                list = null;
            }
            switch (kind) {
                case "heading" -> {
                    var level = heading.group(1).length();
                    html.append("<h").append(level).append(">").append(inline(heading.group(2))).append("</h")
                            .append(level).append(">");
                }
                case "ul", "ol" -> {
                    if (list == null) {
                        html.append("<").append(kind).append(">");
                        list = kind;
                    }
                    html.append("<li>").append(inline((kind.equals("ul") ? bullet : numbered).group(1)))
                            .append("</li>");
                }
                case "text" -> {
                    if (!paragraph.isEmpty()) {
                        paragraph.append("<br>");
                    }
                    paragraph.append(inline(line));
                }
                default -> {
                }
            }
        }
        if (!paragraph.isEmpty()) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        if (list != null) {
            html.append("</").append(list).append(">");
        }
        return InputHtml.clean(html.toString());
    }

    private static String inline(String text) {
        var escaped = HtmlUtils.htmlEscape(text, "UTF-8");
        escaped = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        return ITALIC.matcher(escaped).replaceAll("<em>$1</em>");
    }

    /** The stored HTML as markup to edit. */
    static String toMarkup(String html) {
        var body = Jsoup.parseBodyFragment(InputHtml.clean(html)).body();
        var out = new StringBuilder();
        for (var child : body.children()) {
            switch (child.normalName()) {
                case "h2", "h3", "h4" -> out.append("#".repeat(child.normalName().charAt(1) - '0')).append(' ')
                        .append(inline(child)).append("\n\n");
                case "ul", "ol" -> {
                    int n = 0;
                    for (var item : child.children()) {
                        n++;
                        out.append(child.normalName().equals("ul") ? "- " : n + ". ").append(inline(item)).append('\n');
                    }
                    out.append('\n');
                }
                default -> out.append(inline(child)).append("\n\n");
            }
        }
        // text outside any block
        if (body.children().isEmpty() && !body.text().isBlank()) {
            out.append(body.text());
        }
        return out.toString().strip();
    }

    private static String inline(Element element) {
        var out = new StringBuilder();
        for (var node : element.childNodes()) {
            inline(node, out);
        }
        return out.toString().strip();
    }

    private static void inline(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(text.text());
        } else if (node instanceof Element e) {
            switch (e.normalName()) {
                case "br" -> out.append('\n');
                case "strong", "b" -> out.append("**").append(inline(e)).append("**");
                case "em", "i" -> out.append('*').append(inline(e)).append('*');
                case "ul", "ol" -> {
                    // a nested list is kept as items of its own
                    for (var item : e.children()) {
                        out.append("\n- ").append(inline(item));
                    }
                }
                default -> out.append(inline(e));
            }
        }
    }
}
