package pk.gov.mashwara.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

import pk.gov.mashwara.shared.Messages;

/** Dates as Pakistan writes them: day first, in Pakistan Standard Time, in English and Urdu alike. */
class FormatsTest {

    private static final Instant EVENING = Instant.parse("2026-03-04T15:05:00Z");

    @Test
    void dates_are_day_first_in_pakistan_time_on_the_24_hour_clock_in_every_language() {
        for (var locale : new Locale[] { Locale.ENGLISH, Locale.US, Messages.URDU }) {
            // in Urdu kept whole as a left-to-right isolate (BidiTest)
            assertThat(Bidi.strip(Formats.date(EVENING, locale))).isEqualTo("04/03/2026");
            assertThat(Bidi.strip(Formats.dateTime(EVENING, locale))).as("%s", locale).isEqualTo("04/03/2026 20:05");
        }
        // just before midnight in UTC is already the next day in Pakistan
        assertThat(Formats.date(Instant.parse("2026-03-04T20:30:00Z"), Locale.ENGLISH)).isEqualTo("05/03/2026");
        assertThat(Formats.dateTime(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void date_pickers_show_and_read_dates_day_first() {
        assertThat(Formats.dayFirst(new DatePicker()).getI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(Formats.dayFirst(new DateTimePicker()).getDatePickerI18n().getDateFormats()).first()
                .isEqualTo("dd/MM/yyyy");
        // times without AM/PM
        assertThat(Formats.dayFirst(new DateTimePicker()).getLocale()).isEqualTo(Locale.of("en", "GB"));
    }

    @Test
    void a_date_picker_names_months_days_and_buttons_in_the_pages_language() {
        var urdu = Formats.dayFirstI18n(Messages.URDU);
        assertThat(urdu.getMonthNames()).hasSize(12).first().isEqualTo("جنوری");
        assertThat(urdu.getWeekdays()).hasSize(7).allSatisfy(d -> assertThat(d).containsPattern("\\p{IsArabic}"));
        assertThat(urdu.getToday()).isEqualTo("آج");
        assertThat(urdu.getCancel()).isEqualTo("منسوخ");
        var english = Formats.dayFirstI18n(Locale.ENGLISH);
        assertThat(english.getMonthNames()).first().isEqualTo("January");
        assertThat(english.getWeekdaysShort()).first().isEqualTo("Sun");
        assertThat(english.getToday()).isEqualTo("Today");
    }
}
