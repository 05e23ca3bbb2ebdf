package pk.gov.mashwara.routing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The desk's and the pendency page's texts exist in English and Urdu alike, and format with their arguments. */
class PendencyTranslationsTest {

    @Test
    void both_languages_have_the_same_desk_and_pendency_texts_and_each_formats() throws IOException {
        var english = load("vaadin-i18n/translations.properties");
        var urdu = load("vaadin-i18n/translations_ur.properties");
        var englishKeys = ours(english);
        assertThat(englishKeys).contains("nav.desk", "nav.pendency", "pendency.overdueBy", "desk.waiting.summary",
                "notification.kind.STEP_OVERDUE", "notificationKind.STEP_OVERDUE");
        assertThat(ours(urdu)).isEqualTo(englishKeys);
        for (var key : englishKeys) {
            for (var texts : new Properties[] { english, urdu }) {
                var text = new MessageFormat(texts.getProperty(key), Locale.ENGLISH).format(new Object[] { 3, 1, "x" });
                assertThat(text).as(key).isNotBlank().doesNotContain("{");
            }
        }
        assertThat(new MessageFormat(urdu.getProperty("pendency.overdueBy")).format(new Object[] { 1 }))
                .isNotEqualTo(new MessageFormat(english.getProperty("pendency.overdueBy")).format(new Object[] { 1 }));
    }

    private static Set<String> ours(Properties texts) {
        var keys = new TreeSet<String>();
        for (var key : texts.stringPropertyNames()) {
            if (key.startsWith("desk.") || key.startsWith("pendency.") || key.equals("nav.desk")
                    || key.equals("nav.pendency") || key.endsWith("STEP_OVERDUE")) {
                keys.add(key);
            }
        }
        return keys;
    }

    private Properties load(String file) throws IOException {
        var texts = new Properties();
        try (var in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(file), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }
}
