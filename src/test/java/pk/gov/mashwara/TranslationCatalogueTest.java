package pk.gov.mashwara;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.routing.rules.RoutingRulesReader;

/**
 * The English and Urdu catalogues hold the same keys, and the Urdu one says everything in Urdu: a key missing from
 * it would show the English text on an Urdu page, and so would a text copied over untranslated. The only texts
 * the same in both are codes, proper nouns and patterns made of arguments ({@link #SAME_IN_BOTH}).
 */
class TranslationCatalogueTest {

    /**
     * Texts that read the same in Urdu: acronyms and codes, or patterns of arguments and symbols. Anything else the
     * same in both catalogues is an English text on an Urdu page.
     */
    static final Set<String> SAME_IN_BOTH = Set.of("reader.ocrRunning");

    /** Only the rule book's titles may be Urdu alone: their English is the title in {@code config/routing.yml}. */
    private static final Pattern RULE_BOOK_KEY = Pattern.compile("routing\\.(action|state)\\.[A-Za-z_-]+");

    private static final Pattern LETTERS_OUTSIDE_ARGUMENTS = Pattern.compile("\\p{IsLatin}{2,}");

    @Test
    void every_english_text_has_an_urdu_one_and_the_urdu_catalogue_has_no_key_of_its_own() throws IOException {
        var english = load("vaadin-i18n/translations.properties");
        var urdu = load("vaadin-i18n/translations_ur.properties");

        var missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(urdu.stringPropertyNames());
        assertThat(missing).as("keys with no Urdu text").isEmpty();

        var urduOnly = new TreeSet<>(urdu.stringPropertyNames());
        urduOnly.removeAll(english.stringPropertyNames());
        assertThat(urduOnly).as("Urdu keys that English does not have (a misspelt key?)")
                .allMatch(key -> RULE_BOOK_KEY.matcher(key).matches());
    }

    @Test
    void no_urdu_text_is_the_english_one_copied_over() throws IOException {
        var english = load("vaadin-i18n/translations.properties");
        var urdu = load("vaadin-i18n/translations_ur.properties");
        var copied = new TreeSet<String>();
        for (var key : english.stringPropertyNames()) {
            var text = english.getProperty(key);
            if (text.equals(urdu.getProperty(key)) && !SAME_IN_BOTH.contains(key)
                    && LETTERS_OUTSIDE_ARGUMENTS.matcher(withoutArguments(text)).find()) {
                copied.add(key + "=" + text);
            }
        }
        assertThat(copied).as("Urdu texts identical to the English ones").isEmpty();
        assertThat(SAME_IN_BOTH).allSatisfy(key -> assertThat(urdu.getProperty(key)).as(key)
                .isEqualTo(english.getProperty(key)));
    }

    @Test
    void every_action_and_state_of_the_rule_book_has_its_urdu_title() throws IOException {
        var rules = RoutingRulesReader.read(Files.readString(Path.of("config", "routing.yml")), "routing.yml");
        var urdu = load("vaadin-i18n/translations_ur.properties");
        assertThat(rules.actions().keySet()).allSatisfy(name -> assertThat(urdu.getProperty("routing.action." + name))
                .as("routing.action.%s", name).isNotBlank().containsPattern("\\p{IsArabic}"));
        assertThat(rules.states().keySet()).allSatisfy(state -> assertThat(urdu.getProperty("routing.state." + state))
                .as("routing.state.%s", state).isNotBlank().containsPattern("\\p{IsArabic}"));
        assertThat(urdu.stringPropertyNames()).filteredOn(key -> RULE_BOOK_KEY.matcher(key).matches())
                .as("Urdu titles of actions or states the rule book does not have")
                .allMatch(key -> key.startsWith("routing.action.")
                        ? rules.actions().containsKey(key.substring("routing.action.".length()))
                        : rules.states().keySet().stream().anyMatch(s -> key.equals("routing.state." + s.name())));
    }

    /** The text without its {0}-style arguments (whose formats, such as "number", are not words to translate). */
    private static String withoutArguments(String text) {
        return text.replaceAll("\\{[^}]*\\}", "");
    }

    static Properties load(String file) throws IOException {
        var texts = new Properties();
        try (var in = new InputStreamReader(
                TranslationCatalogueTest.class.getClassLoader().getResourceAsStream(file), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }
}
