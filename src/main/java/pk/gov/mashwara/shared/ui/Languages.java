package pk.gov.mashwara.shared.ui;

import java.util.Locale;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;

import pk.gov.mashwara.shared.Messages;

/**
 * The UI language: English or Urdu. Urdu turns the whole page right-to-left. The choice is kept in the
 * Vaadin session, so it survives navigation and applies to every view.
 */
public final class Languages {

    private Languages() {
    }

    public static void apply(UI ui, Locale locale) {
        var chosen = Messages.SUPPORTED.contains(locale) ? locale : Locale.ENGLISH;
        VaadinSession.getCurrent().setLocale(chosen);
        ui.setLocale(chosen);
        ui.setDirection(Messages.isRightToLeft(chosen) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getElement().executeJs("document.documentElement.setAttribute('lang', $0)", chosen.getLanguage());
    }

    /** Re-applies the session's language to a fresh UI (after log-in or a reload). */
    public static void restore(UI ui) {
        var session = VaadinSession.getCurrent();
        var locale = session == null ? Locale.ENGLISH : session.getLocale();
        apply(ui, Messages.SUPPORTED.contains(locale) ? locale : Locale.ENGLISH);
    }

    private static final String CHOSEN = Languages.class.getName() + ".chosen";

    /** Whether the language was chosen since signing in (otherwise the user's stored preference applies). */
    public static boolean chosenInSession() {
        var session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(CHOSEN) != null;
    }

    public static Button switcher() {
        return switcher(locale -> { });
    }

    /**
     * One button that names the other language ("اردو" on an English page, "English" on an Urdu one): with two
     * languages a list to open is a step too many, and one button is one element for the server to keep where a
     * select was six. Pressing it switches and reloads the view so every text is re-translated; {@code onChange}
     * may remember the choice beyond the session.
     */
    public static Button switcher(java.util.function.Consumer<Locale> onChange) {
        var current = UI.getCurrent().getLocale().getLanguage().equals("ur") ? Messages.URDU : Locale.ENGLISH;
        var other = current.equals(Messages.URDU) ? Locale.ENGLISH : Messages.URDU;
        var button = new Button(Messages.isRightToLeft(other) ? "اردو" : "English");
        button.getElement().setAttribute("lang", other.getLanguage());
        button.getElement().setAttribute("title", "Language / زبان");
        button.setAriaLabel((Messages.isRightToLeft(other) ? "اردو" : "English") + " — Language / زبان");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName("language-switch");
        button.addClickListener(e -> {
            var ui = UI.getCurrent();
            apply(ui, other);
            VaadinSession.getCurrent().setAttribute(CHOSEN, Boolean.TRUE);
            onChange.accept(other);
            ui.getPage().reload();
        });
        return button;
    }
}
