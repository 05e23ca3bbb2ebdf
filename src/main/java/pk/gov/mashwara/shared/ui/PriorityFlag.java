package pk.gov.mashwara.shared.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;

/**
 * The priority flag of a file, as the Secretariat pins it on the cover: a coloured label with the mark's name
 * ({@code priority.<MARK>} in the catalogue). Routine files carry no flag in lists; the draft's page shows every mark.
 */
public final class PriorityFlag {

    private PriorityFlag() {
    }

    /** The flag of {@code mark} (a priority's name, e.g. {@code MOST_IMMEDIATE}). */
    public static Badge of(Component translator, Enum<?> mark) {
        var flag = new Badge(translator.getTranslation("priority." + mark.name()), tone(mark));
        flag.addClassNames("priority-flag", "priority-" + mark(mark));
        return flag;
    }

    /** The flag's colour: red for most immediate, amber for immediate, blue for priority. */
    public static Badge.Tone tone(Enum<?> mark) {
        return switch (mark.name()) {
            case "MOST_IMMEDIATE" -> Badge.Tone.ERROR;
            case "IMMEDIATE" -> Badge.Tone.WARNING;
            case "PRIORITY" -> Badge.Tone.INFO;
            default -> Badge.Tone.NEUTRAL;
        };
    }

    /** The mark as a class name's end: {@code most-immediate}. */
    public static String mark(Enum<?> mark) {
        return mark.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The flag for a list: none for a routine file. */
    public static Component inList(Component translator, Enum<?> mark) {
        return mark == null || "ROUTINE".equals(mark.name()) ? new com.vaadin.flow.component.html.Span()
                : of(translator, mark);
    }
}
