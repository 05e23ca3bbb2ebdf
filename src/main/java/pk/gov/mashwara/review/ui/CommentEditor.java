package pk.gov.mashwara.review.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import pk.gov.mashwara.directory.MentionCandidate;
import pk.gov.mashwara.review.CommentView;

/**
 * A text area for a comment that suggests people and committees to mention: typing {@code @} and the start of
 * a name lists matches below it, and choosing one completes the mention.
 */
class CommentEditor extends Div {

    private static final Pattern TYPING_MENTION = Pattern.compile("(?:^|[\\s(])@([\\p{L}\\p{N}._-]{0,40})$");

    final TextArea text = new TextArea();
    final Div suggestions = new Div();
    private final BiFunction<String, Integer, List<MentionCandidate>> candidates;

    CommentEditor(String label, BiFunction<String, Integer, List<MentionCandidate>> candidates) {
        this.candidates = candidates;
        addClassNames("comment-editor");
        text.setLabel(label);
        text.setWidthFull();
        text.setMinHeight("6em");
        text.setMaxLength(CommentView.MAX_BODY);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(250);
        text.getElement().setAttribute("dir", "auto");
        text.setHelperText(getTranslation("review.editor.help"));
        text.addValueChangeListener(e -> suggest(e.getValue()));
        suggestions.addClassNames("mention-suggestions");
        suggestions.setVisible(false);
        add(text, suggestions);
    }

    String value() {
        return text.getValue();
    }

    void clear() {
        text.clear();
        suggestions.setVisible(false);
    }

    private void suggest(String value) {
        suggestions.removeAll();
        var typing = TYPING_MENTION.matcher(value == null ? "" : value);
        if (!typing.find()) {
            suggestions.setVisible(false);
            return;
        }
        var prefix = typing.group(1);
        var found = candidates.apply(prefix, 6);
        for (var candidate : found) {
            var choose = new Button("@" + candidate.handle() + " · " + candidate.label(), e -> complete(value, prefix, candidate));
            choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            choose.addClassNames("mention-suggestion");
            suggestions.add(choose);
        }
        suggestions.setVisible(!found.isEmpty());
    }

    private void complete(String value, String prefix, MentionCandidate candidate) {
        var base = value.substring(0, value.length() - prefix.length());
        text.setValue(base + candidate.handle() + " ");
        suggestions.setVisible(false);
        text.focus();
    }
}
