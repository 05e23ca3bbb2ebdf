package pk.gov.mashwara.shared.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates in Pakistan Standard Time, written as Pakistan writes them: day, month, year ({@code 06/12/2026}), in
 * English and Urdu alike, never the American month-first order; times on the 24-hour clock, which needs no AM/PM in
 * either language. Sizes in units people read. In a right-to-left language a date or time is returned as a
 * left-to-right isolate ({@link Bidi#ltr(String, Locale)}), so that an Urdu page does not show the time before the
 * date or scramble the slashes.
 */
public final class Formats {

    public static final ZoneId PKT = ZoneId.of("Asia/Karachi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT).withZone(PKT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT)
            .withZone(PKT);

    /** A locale whose times are written on the 24-hour clock (14:14), for the time pickers. */
    private static final Locale TWENTY_FOUR_HOURS = Locale.of("en", "GB");

    private Formats() {
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return Bidi.ltr(DATE_TIME.format(instant), locale);
    }

    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : Bidi.ltr(DATE.format(instant), locale);
    }

    /** A calendar day, written as {@link #date(Instant, Locale)} writes an instant's. */
    public static String date(java.time.LocalDate day, Locale locale) {
        return day == null ? "" : Bidi.ltr(DATE.format(day), locale);
    }

    /**
     * A date picker that shows and reads dates day first ({@code 06/12/2026}), as the portal writes them, with its
     * months, week days and buttons in the language of the page it is on.
     */
    public static <T extends com.vaadin.flow.component.datepicker.DatePicker> T dayFirst(T picker) {
        picker.setI18n(dayFirstI18n(currentLocale()));
        return picker;
    }

    /**
     * The same for the date half of a date-and-time picker; its time half is on the 24-hour clock in every language
     * (the picker formats times by its locale, and Urdu's would add AM/PM), as the portal writes times.
     */
    public static <T extends com.vaadin.flow.component.datetimepicker.DateTimePicker> T dayFirst(T picker) {
        var locale = currentLocale();
        picker.setLocale(TWENTY_FOUR_HOURS);
        picker.setDatePickerI18n(dayFirstI18n(locale));
        return picker;
    }

    static com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n dayFirstI18n(Locale locale) {
        var months = java.util.Arrays.stream(java.time.Month.values())
                .map(m -> m.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale)).toList();
        // Sunday first, as the picker counts them
        var days = java.util.stream.Stream.of(java.time.DayOfWeek.SUNDAY, java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY,
                java.time.DayOfWeek.FRIDAY, java.time.DayOfWeek.SATURDAY).toList();
        // the first format is how dates are shown; the others are also read when typed
        return new com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n()
                .setDateFormats("dd/MM/yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd")
                .setMonthNames(months)
                .setWeekdays(days.stream().map(d -> d.getDisplayName(java.time.format.TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(days.stream().map(d -> d.getDisplayName(java.time.format.TextStyle.SHORT, locale))
                        .toList())
                .setToday(pk.gov.mashwara.shared.Messages.get(locale, "datePicker.today"))
                .setCancel(pk.gov.mashwara.shared.Messages.get(locale, "datePicker.cancel"));
    }

    private static Locale currentLocale() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** The size with its unit, kept together and in order in a right-to-left language. */
    public static String size(long bytes, Locale locale) {
        return Bidi.ltr(size(bytes), locale);
    }

    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return "%.1f KB".formatted(bytes / 1024.0);
        }
        return "%.1f MB".formatted(bytes / (1024.0 * 1024.0));
    }
}
