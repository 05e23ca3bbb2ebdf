package pk.gov.mashwara.text.ui;

import java.util.ArrayList;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.text.TextMatches;

/**
 * "Match 3 of 12" with previous and next (Alt+P, Alt+N; both wrap around), above a text opened from a search,
 * and a short note when not every match could be marked or the search words could not be read. Built only when the
 * text was opened from a search: most readers never see it, and every open page keeps what it has built.
 */
class ReaderMatchBar extends Div {

    Span position;
    Button previous;
    Button next;
    Span note;
    private final ReaderText text;

    ReaderMatchBar(ReaderText text) {
        this.text = text;
        setId("reader-matches");
        addClassNames("reader-matches", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
                LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL);
        setVisible(false);
    }

    /** The bar's parts, the first time it is shown. */
    private void build() {
        if (position != null) {
            return;
        }
        position = new Span();
        previous = new Button(VaadinIcon.ANGLE_UP.create());
        next = new Button(VaadinIcon.ANGLE_DOWN.create());
        note = new Span();
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("reader.match.bar"));
        position.setId("reader-match-position");
        position.getElement().setAttribute("aria-live", "polite");
        previous.setId("reader-match-previous");
        previous.setAriaLabel(getTranslation("reader.match.previous"));
        previous.setTooltipText(getTranslation("reader.match.previous.help"));
        previous.addClickListener(e -> step(-1));
        previous.addClickShortcut(Key.KEY_P, KeyModifier.ALT);
        next.setId("reader-match-next");
        next.setAriaLabel(getTranslation("reader.match.next"));
        next.setTooltipText(getTranslation("reader.match.next.help"));
        next.addClickListener(e -> step(1));
        next.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        for (var button : new Button[] { previous, next }) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        note.setId("reader-match-note");
        note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(position, previous, next, note);
    }

    /** After the text was shown with these matches: the count, the notes, and the first match selected. */
    void show(TextMatches found, String query) {
        build();
        var count = text.matchCount();
        position.setVisible(count > 0);
        previous.setVisible(count > 1);
        next.setVisible(count > 1);
        var notes = new ArrayList<String>();
        if (count == 0) {
            notes.add(getTranslation("reader.match.none", query));
        }
        if (found.capped()) {
            notes.add(getTranslation("reader.match.capped", count));
        }
        if (found.textCut()) {
            notes.add(getTranslation("reader.match.cut", found.searchedChars()));
        }
        note.setText(String.join(" ", notes));
        note.setVisible(!notes.isEmpty());
        setVisible(true);
        if (count > 0) {
            go(0);
        }
    }

    /** The search words could not be parsed: the text is shown unmarked, with a word why. */
    void unreadable(String query) {
        build();
        position.setVisible(false);
        previous.setVisible(false);
        next.setVisible(false);
        note.setText(getTranslation("reader.match.malformed", query));
        note.setVisible(true);
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }

    private void step(int by) {
        var count = text.matchCount();
        if (count > 0) {
            go(Math.floorMod(text.currentMatch() + by, count));
        }
    }

    private void go(int index) {
        text.select(index);
        position.setText(getTranslation("reader.match.position", index + 1, text.matchCount()));
    }
}
