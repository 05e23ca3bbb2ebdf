package pk.gov.mashwara.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules for text and dates, on their own, in JSON bodies ({@link JsonInputRules}) and in query strings
 * ({@link QueryStrings}).
 */
class InputRulesTest {

    record Body(String body, List<String> tags, Map<String, String> details, Instant deadline, LocalDate day) {
    }

    private final JsonMapper json = JsonMapper.builder().addModule(JsonInputRules.module()).build();

    @Test
    void text_without_nul_or_unpaired_surrogate_passes_as_it_is() {
        for (var text : List.of("", "plain", "اردو متن", "a pair \uD83D\uDC4D", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "tab\tand\nline")) {
            assertThat(InputRules.text(text, "body")).isSameAs(text);
        }
        assertThat(InputRules.text(null, "body")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "\uD800", "a\uD800", "\uD800b", "\uDC00", "\uDC00\uD800", "x\uD83D\uD83D\uDC4D" })
    void an_unpaired_surrogate_is_refused(String text) {
        assertThatThrownBy(() -> InputRules.text(text, "body")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("body").hasMessageContaining("surrogate");
    }

    @Test
    void a_nul_is_refused() {
        assertThatThrownBy(() -> InputRules.text("a\u0000b", "title")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("title").hasMessageContaining("NUL");
    }

    @Test
    void dates_from_1900_to_2999_pass_and_others_are_refused() {
        assertThat(InputRules.date(Instant.parse("1900-01-01T00:00:00Z"), "d")).isNotNull();
        assertThat(InputRules.date(Instant.parse("2999-12-31T23:59:59.999Z"), "d")).isNotNull();
        assertThat(InputRules.date(LocalDate.of(2999, 12, 31), "d")).isNotNull();
        for (var moment : List.of("1899-12-31T23:59:59Z", "3000-01-01T00:00:00Z", "+999999-01-01T00:00:00Z",
                "-999999-01-01T00:00:00Z", "0000-01-01T00:00:00Z")) {
            assertThatThrownBy(() -> InputRules.date(Instant.parse(moment), "deadline"))
                    .hasMessageContaining("deadline").hasMessageContaining("1900-01-01").hasMessageContaining("2999-12-31");
        }
        assertThatThrownBy(() -> InputRules.date(LocalDate.of(1899, 12, 31), "day")).isInstanceOf(InvalidInputException.class);
        assertThat(InputRules.date((Instant) null, "d")).isNull();
    }

    @Test
    void a_json_body_within_the_rules_reads_as_before() {
        var body = json.readValue("""
                {"body":"Agreed \\ud83d\\udc4d","tags":["a","ب"],"details":{"view":"concur"},
                 "deadline":"2026-12-05T12:00:00Z","day":"2027-01-31"}""", Body.class);
        assertThat(body.body()).isEqualTo("Agreed \uD83D\uDC4D");
        assertThat(body.tags()).containsExactly("a", "ب");
        assertThat(body.details()).containsEntry("view", "concur");
        assertThat(body.deadline()).isEqualTo(Instant.parse("2026-12-05T12:00:00Z"));
        assertThat(body.day()).isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"body\":\"a \\ud800 b\"}", "{\"body\":\"a \\u0000 b\"}", "{\"tags\":[\"ok\",\"\\udc00\"]}",
            "{\"details\":{\"view\":\"\\u0000\"}}", "{\"details\":{\"\\ud800\":\"x\"}}",
            "{\"deadline\":\"+999999-01-01T00:00:00Z\"}", "{\"deadline\":\"1800-01-01T00:00:00Z\"}",
            "{\"day\":\"+999999-01-01\"}", "{\"day\":\"0001-01-01\"}" })
    void a_json_body_that_breaks_a_rule_is_refused_with_the_rule_naming_the_field(String body) {
        assertThatThrownBy(() -> json.readValue(body, Body.class)).isInstanceOf(DatabindException.class)
                .satisfies(e -> assertThat(UserFacingException.causing(e)).get()
                        .satisfies(refusal -> assertThat(refusal.getMessage())
                                .containsAnyOf("body", "tags", "view", "name of a field", "deadline", "day")));
    }

    @Test
    void a_date_parameter_is_read_within_the_range() {
        var conversions = new org.springframework.format.support.DefaultFormattingConversionService();
        new DateParameterRules().addFormatters(conversions);
        assertThat(conversions.convert("2026-12-05T12:00:00Z", Instant.class)).isEqualTo(Instant.parse("2026-12-05T12:00:00Z"));
        assertThat(conversions.convert("2027-01-31", LocalDate.class)).isEqualTo(LocalDate.of(2027, 1, 31));
        for (var value : List.of("+999999-01-01T00:00:00Z", "-999999-01-01T00:00:00Z")) {
            assertThatThrownBy(() -> conversions.convert(value, Instant.class))
                    .satisfies(e -> assertThat(UserFacingException.causing(e)).get()
                            .satisfies(r -> assertThat(r.getMessage()).contains("1900-01-01", "2999-12-31")));
        }
        assertThatThrownBy(() -> conversions.convert("+999999-01-01", LocalDate.class))
                .satisfies(e -> assertThat(UserFacingException.causing(e)).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = { "q=%ff", "q=%C3%28", "q=%ED%A0%80", "q=%E0%80%AF", "q=%C0%80", "q=%zz", "q=abc%", "q=%4",
            "a=1&q=%F0%9F", "%ff=1", "q=%٣٣" })
    void a_query_string_that_is_not_utf8_percent_encoding_is_found(String query) {
        assertThat(QueryStrings.problem(query)).isNotNull()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("error.api.encoding"));
    }

    @Test
    void a_nul_in_a_query_string_is_found_and_good_ones_pass() {
        assertThat(QueryStrings.problem("q=rules%00").messageKey()).isEqualTo("error.api.nul");
        assertThat(QueryStrings.problem("q=rules%00").parameter()).isEqualTo("q");
        for (var good : List.of("", "q=rules", "q=%D8%A7%D8%B1%D8%AF%D9%88&page=0", "q=a+b&x", "q=%F0%9F%91%8D", "&&",
                "q=", "committee=PTA&committee=MOIB", "v-r=uidl&v-uiId=0")) {
            assertThat(QueryStrings.problem(good)).as(good).isNull();
        }
        assertThat(QueryStrings.problem(null)).isNull();
    }
}
