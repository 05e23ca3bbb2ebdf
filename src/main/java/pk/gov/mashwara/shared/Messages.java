package pk.gov.mashwara.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's message catalogue: the same bundles Vaadin's translation provider reads
 * ({@code vaadin-i18n/translations*.properties}), so services, the API and the UI speak with one voice.
 */
public final class Messages {

    public static final String BUNDLE = "vaadin-i18n/translations";
    public static final Locale URDU = Locale.of("ur");
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, URDU);

    /**
     * Times in messages are the office's, Pakistan Standard Time, written as the UI writes them (day first, 24-hour
     * clock, {@code 06/12/2026 13:47}) in every language: never the American month-first order.
     */
    private static final java.time.format.DateTimeFormatter OFFICE_TIME = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT).withZone(java.time.ZoneId.of("Asia/Karachi"));

    /** Unicode FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (see {@code shared.ui.Bidi}). */
    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        try {
            var bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            var pattern = bundle.getString(key);
            if (arguments.length == 0) {
                return pattern;
            }
            var shown = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                shown[i] = switch (arguments[i]) {
                    case Enum<?> e -> enumLabel(bundle, e);
                    case Label label -> bundle.containsKey(label.key()) ? bundle.getString(label.key()) : label.fallback();
                    case java.time.Instant t -> OFFICE_TIME.format(t);
                    case null -> "";
                    // a name, title or number written left to right keeps its place inside an Urdu sentence
                    case String text when isRightToLeft(locale) && !text.isEmpty() -> FSI + text + PDI;
                    default -> arguments[i];
                };
            }
            return new MessageFormat(pattern, locale).format(shown);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * An argument shown by its wording in the reader's language: the catalogue's {@code key}, or {@code fallback}
     * when the catalogue has none (e.g. a form field's name in "“{0}” is required").
     */
    public record Label(String key, String fallback) {
    }

    /** A form field's name as the reader's language calls it: the catalogue's {@code field.<area>.<name>}. */
    public static Label field(String area, String name) {
        return new Label("field." + area + "." + name, name);
    }

    /** Enum values are shown by their label, e.g. {@code draftStatus.UNDER_REVIEW}, when the bundle has one. */
    private static String enumLabel(ResourceBundle bundle, Enum<?> value) {
        var simple = value.getDeclaringClass().getSimpleName();
        var key = Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + "." + value.name();
        return bundle.containsKey(key) ? bundle.getString(key) : value.name();
    }

    public static boolean isRightToLeft(Locale locale) {
        return locale != null && "ur".equals(locale.getLanguage());
    }
}
