package pk.gov.mashwara.shared.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.dom.Element;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Parts of a page drawn in the browser and kept nowhere on the server: elements are built here as detached elements
 * (as any other), sent once as data, and the browser makes them under a target element. An open page keeps one
 * element for the target instead of one for each element drawn, which is what an idle session costs (about 1.5 KB
 * for each element with what hangs on it).
 *
 * <p>Only what has no server-side behaviour is drawn so: text, marks, labels, pictures. The browser makes only the
 * tags and attributes listed here; every text goes into a text node, never into markup, so a user's or a document's
 * text shows as the characters it is.
 */
public final class ClientDrawn {

    /** The tags the browser will make. */
    public static final Set<String> TAGS = Set.of("p", "div", "span", "mark", "img", "strong");

    private ClientDrawn() {
    }

    /** Draws {@code parts} under {@code target}: after what is there, or instead of it when {@code replace}. */
    public static void draw(Element target, List<Element> parts, boolean replace) {
        var nodes = JsonNodeFactory.instance.arrayNode();
        parts.forEach(part -> nodes.add(data(part)));
        target.executeJs(SCRIPT, replace, nodes);
    }

    /** One element as data: a text as a string, an element as its tag, attributes and children. */
    static JsonNode data(Element element) {
        var factory = JsonNodeFactory.instance;
        if (element.isTextNode()) {
            return factory.stringNode(element.getText());
        }
        if (!TAGS.contains(element.getTag())) {
            throw new IllegalArgumentException("not drawn in the browser: <" + element.getTag() + ">");
        }
        var node = factory.objectNode();
        node.put("t", element.getTag());
        var attributes = node.putObject("a");
        element.getAttributeNames().forEach(name -> attributes.put(name, element.getAttribute(name)));
        var children = node.putArray("c");
        element.getChildren().forEach(child -> children.add(data(child)));
        return node;
    }

    /**
     * Makes the elements sent ({@code $1}) under this one, after what is there or instead of it ({@code $0}). Only
     * the listed tags and attributes are made (an image's source only as a path of this site); texts go into text
     * nodes.
     */
    static final String SCRIPT = """
            const root = this;
            const tags = new Set(['p', 'div', 'span', 'mark', 'img', 'strong']);
            const allowed = (tag, name, value) => /^(class|dir|role|title|alt|aria-[a-z]+|data-[a-z]+)$/.test(name)
                || (tag === 'img' && name === 'src' && /^[a-z0-9][a-z0-9/._-]*$/.test(value));
            const make = n => {
                if (typeof n === 'string') { return document.createTextNode(n); }
                const tag = tags.has(n.t) ? n.t : 'span';
                const e = document.createElement(tag);
                for (const [name, value] of Object.entries(n.a || {})) {
                    if (allowed(tag, name, value)) { e.setAttribute(name, value); }
                }
                (n.c || []).forEach(c => e.appendChild(make(c)));
                return e;
            };
            const all = document.createDocumentFragment();
            $1.forEach(n => all.appendChild(make(n)));
            if ($0) { root.replaceChildren(all); } else { root.appendChild(all); }
            """;
}
