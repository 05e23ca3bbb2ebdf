package pk.gov.mashwara.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Bidi;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.shared.Messages;

/**
 * A fragment written left to right keeps its order inside an Urdu line once isolated: checked with the Unicode
 * bidirectional algorithm of the JDK, which honours isolates, by laying out the line and reading it in visual order.
 */
class BidiTest {

    private static final Instant AFTERNOON = Instant.parse("2026-12-06T09:14:00Z");

    @Test
    void an_isolated_timestamp_reads_date_then_time_inside_urdu() {
        var stamp = Formats.dateTime(AFTERNOON, Messages.URDU);
        assertThat(pk.gov.mashwara.shared.ui.Bidi.strip(stamp)).isEqualTo("06/12/2026 14:14");
        assertThat(stamp).startsWith("\u2066").endsWith("\u2069");

        var line = "آخری تبدیلی " + stamp;
        // left to right on the screen, the timestamp is read in its own order: the date, then the time
        assertThat(visual(line)).contains("06/12/2026 14:14");
        // without the isolate, the same line shows the time before the date
        assertThat(visual("آخری تبدیلی " + "06/12/2026 14:14")).doesNotContain("06/12/2026 14:14");
    }

    @Test
    void dates_and_sizes_are_isolated_only_in_a_right_to_left_language() {
        assertThat(Formats.dateTime(AFTERNOON, Locale.ENGLISH)).isEqualTo("06/12/2026 14:14");
        assertThat(Formats.date(AFTERNOON, Locale.ENGLISH)).isEqualTo("06/12/2026");
        assertThat(Formats.date(AFTERNOON, Messages.URDU)).isEqualTo("\u206606/12/2026\u2069");
        assertThat(Formats.size(12_800, Locale.ENGLISH)).isEqualTo("12.5 KB");
        assertThat(Formats.size(12_800, Messages.URDU)).isEqualTo("\u206612.5 KB\u2069");
        assertThat(visual("سائز " + Formats.size(12_800, Messages.URDU))).contains("12.5 KB");
    }

    @Test
    void file_names_and_user_ids_take_the_direction_of_their_first_letter() {
        assertThat(pk.gov.mashwara.shared.ui.Bidi.isolate("pta.drafter")).isEqualTo("\u2068pta.drafter\u2069");
        assertThat(pk.gov.mashwara.shared.ui.Bidi.isolate(null)).isEmpty();
        assertThat(pk.gov.mashwara.shared.ui.Bidi.ltr("")).isEmpty();
        var file = "2026 rules (final).pdf";
        assertThat(visual("فائل " + pk.gov.mashwara.shared.ui.Bidi.isolate(file) + " اپ لوڈ ہوئی")).contains(file);
        assertThat(visual("فائل " + file + " اپ لوڈ ہوئی")).doesNotContain(file);
        // an Urdu file name inside an English line keeps its own right-to-left order
        var urduFile = "مسودہ 2.pdf";
        assertThat(pk.gov.mashwara.shared.ui.Bidi.strip(pk.gov.mashwara.shared.ui.Bidi.isolate(urduFile)))
                .isEqualTo(urduFile);
    }

    @Test
    void urdu_messages_isolate_their_text_arguments() {
        var message = Messages.get(Messages.URDU, "draft.diary", "NSMCWG/2026/0005");
        assertThat(message).contains("\u2068NSMCWG/2026/0005\u2069");
        assertThat(visual(message)).contains("NSMCWG/2026/0005");
        assertThat(Messages.get(Locale.ENGLISH, "draft.diary", "NSMCWG/2026/0005")).doesNotContain("\u2068");
    }

    /**
     * The line as it is drawn, left to right, in a right-to-left paragraph (the Urdu page), each run reversed
     * when it is right to left; the isolate marks themselves are dropped, as a browser draws nothing for them.
     */
    static String visual(String line) {
        var bidi = new Bidi(line, Bidi.DIRECTION_RIGHT_TO_LEFT);
        int runs = bidi.getRunCount();
        var levels = new byte[runs];
        var objects = new Object[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            var run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            objects[i] = (bidi.getRunLevel(i) % 2 == 1) ? new StringBuilder(run).reverse().toString() : run;
        }
        Bidi.reorderVisually(levels, 0, objects, 0, runs);
        var out = new StringBuilder();
        for (var o : objects) {
            out.append(o);
        }
        return pk.gov.mashwara.shared.ui.Bidi.strip(out.toString());
    }
}
