package pk.gov.mashwara.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;

import tools.jackson.databind.JsonNode;

/**
 * What a page has been sent to draw in the browser ({@link ClientDrawn}): the parts the server keeps no element
 * for, read back for tests from the script calls waiting to go to the browser (left there).
 */
public final class DrawnTexts {

    /** Attributes a person reads or hears: they are checked like texts. */
    public static final Set<String> READ = Set.of("title", "alt", "aria-label");

    private DrawnTexts() {
    }

    /**
     * Every text and read attribute of the parts the page is to draw, as the next response would send them: those of
     * elements still attached (a page navigated away from is not shown).
     */
    public static List<String> sent(UI ui) {
        var texts = new ArrayList<String>();
        // what a response would do first: the calls waiting for their element to be attached are queued now
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        for (var pending : pending(ui)) {
            var invocation = pending.getInvocation();
            // only what the page shows now: a browserless test sends nothing, so earlier pages' calls wait here too
            if (pending.getOwner().isAttached() && invocation.getExpression().contains(ClientDrawn.SCRIPT)) {
                invocation.getParameters().stream().filter(JsonNode.class::isInstance).map(JsonNode.class::cast)
                        .forEach(node -> collect(node, texts));
            }
        }
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static List<com.vaadin.flow.component.internal.PendingJavaScriptInvocation> pending(UI ui) {
        try {
            var method = ui.getInternals().getClass().getDeclaredMethod("getPendingJavaScriptInvocations");
            method.setAccessible(true);
            return ((java.util.stream.Stream<com.vaadin.flow.component.internal.PendingJavaScriptInvocation>) method
                    .invoke(ui.getInternals())).toList();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the script calls waiting for the browser could not be read", e);
        }
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isString()) {
            texts.add(node.asString());
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, texts));
        } else if (node.isObject()) {
            var attributes = node.get("a");
            if (attributes != null) {
                READ.stream().map(attributes::get).filter(v -> v != null && v.isString()).forEach(v -> texts.add(v.asString()));
            }
            var children = node.get("c");
            if (children != null) {
                collect(children, texts);
            }
        }
    }
}
