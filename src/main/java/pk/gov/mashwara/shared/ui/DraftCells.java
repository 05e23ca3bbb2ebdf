package pk.gov.mashwara.shared.ui;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * The cells the lists of drafts share (the desk, the pendency list): drawn in the browser from each row's data by a
 * Lit template, so that a row keeps no component on the server. Every text is bound as a value, never as markup.
 */
public final class DraftCells {

    private DraftCells() {
    }

    /**
     * The draft's title (in its own direction: titles may be English inside an Urdu page or the reverse), below it
     * its diary number and committee, and above it the priority flag; routine files carry none.
     */
    public static <T> LitRenderer<T> title(Component owner, Function<T, String> title, Function<T, String> diaryNumber,
            Function<T, String> committee, Function<T, Enum<?>> priority) {
        return LitRenderer.<T>of("""
                <div class="flex flex-col items-start py-xs">${item.flag ? html`<span class="badge badge-${item.flagTone} \
                priority-flag priority-${item.flagMark}">${item.flag}</span>` : ''}\
                <span class="font-medium draft-title" dir="auto">${item.title}</span>\
                <span class="text-xs text-secondary" dir="ltr">${item.meta}</span></div>""")
                .withProperty("title", title::apply)
                .withProperty("meta", d -> (diaryNumber.apply(d) == null ? "" : diaryNumber.apply(d) + " · ")
                        + committee.apply(d))
                .withProperty("flag", d -> routine(priority.apply(d)) ? ""
                        : owner.getTranslation("priority." + priority.apply(d).name()))
                .withProperty("flagTone", d -> routine(priority.apply(d)) ? "" : tone(PriorityFlag.tone(priority.apply(d))))
                .withProperty("flagMark", d -> routine(priority.apply(d)) ? "" : PriorityFlag.mark(priority.apply(d)));
    }

    private static boolean routine(Enum<?> priority) {
        return priority == null || "ROUTINE".equals(priority.name());
    }

    /** A text as a badge of one tone. */
    public static <T> LitRenderer<T> badge(Function<T, String> text, Badge.Tone tone) {
        return LitRenderer.<T>of("<span class=\"badge badge-" + tone(tone) + "\">${item.text}</span>")
                .withProperty("text", text::apply);
    }

    /** Overdue by how many days (a red badge, marked {@code overdue}), or on time, or that the step has no deadline. */
    public static <T> LitRenderer<T> lateness(Component owner, Predicate<T> overdue, ToLongFunction<T> daysOverdue,
            Predicate<T> hasDeadline) {
        return LitRenderer.<T>of("<span class=\"${item.tone}\">${item.lateness}</span>")
                .withProperty("lateness", d -> overdue.test(d) ? owner.getTranslation("pendency.overdueBy", daysOverdue.applyAsLong(d))
                        : owner.getTranslation(hasDeadline.test(d) ? "pendency.onTime" : "pendency.noDeadline"))
                .withProperty("tone", d -> overdue.test(d) ? "badge badge-error overdue"
                        : hasDeadline.test(d) ? "badge badge-success" : "");
    }

    /** A badge tone as the end of its class name. */
    public static String tone(Badge.Tone tone) {
        return tone.name().toLowerCase(java.util.Locale.ROOT);
    }
}
