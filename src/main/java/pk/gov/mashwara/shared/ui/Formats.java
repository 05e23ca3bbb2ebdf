package pk.gov.mashwara.shared.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates in Pakistan Standard Time, written as Pakistan writes them: day, month, year ({@code 06/12/2026}), in
 * English and Urdu alike, never the American month-first order; times on the 24-hour clock, which needs no AM/PM in
 * either language. Sizes in units people read.
 */
public final class Formats {

    public static final ZoneId PKT = ZoneId.of("Asia/Karachi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT).withZone(PKT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT)
            .withZone(PKT);

    private Formats() {
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DATE_TIME.format(instant);
    }

    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** A date picker that shows and reads dates day first ({@code 06/12/2026}), as the portal writes them. */
    public static <T extends com.vaadin.flow.component.datepicker.DatePicker> T dayFirst(T picker) {
        picker.setI18n(dayFirstI18n());
        return picker;
    }

    /** The same for the date half of a date-and-time picker, whose time half shows the 24-hour clock. */
    public static <T extends com.vaadin.flow.component.datetimepicker.DateTimePicker> T dayFirst(T picker) {
        // a locale that writes times on the 24-hour clock (17:00, not 5:00 PM); the dates follow the i18n below
        picker.setLocale(Locale.UK);
        picker.setDatePickerI18n(dayFirstI18n());
        return picker;
    }

    private static com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n dayFirstI18n() {
        // the first format is how dates are shown; the others are also read when typed
        return new com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n().setDateFormats("dd/MM/yyyy",
                "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd");
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
