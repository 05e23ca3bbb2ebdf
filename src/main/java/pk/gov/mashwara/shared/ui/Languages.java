package pk.gov.mashwara.shared.ui;

import java.util.Locale;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
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

    public static Select<Locale> switcher() {
        return switcher(locale -> { });
    }

    /**
     * A compact selector that switches language and reloads the view so every text is re-translated;
     * {@code onChange} may remember the choice beyond the session.
     */
    public static Select<Locale> switcher(java.util.function.Consumer<Locale> onChange) {
        var select = new Select<Locale>();
        select.setItems(Messages.SUPPORTED);
        select.setItemLabelGenerator(l -> Messages.isRightToLeft(l) ? "اردو" : "English");
        select.setValue(UI.getCurrent().getLocale().getLanguage().equals("ur") ? Messages.URDU : Locale.ENGLISH);
        select.setAriaLabel("Language / زبان");
        select.addClassName("language-switch");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                var ui = UI.getCurrent();
                apply(ui, e.getValue());
                VaadinSession.getCurrent().setAttribute(CHOSEN, Boolean.TRUE);
                onChange.accept(e.getValue());
                ui.getPage().reload();
            }
        });
        return select;
    }
}
