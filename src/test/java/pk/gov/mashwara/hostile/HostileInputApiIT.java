package pk.gov.mashwara.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;
import static pk.gov.mashwara.support.ApiClient.as;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.RawHttp;
import pk.gov.mashwara.support.WebIntegrationTest;

/**
 * Malformed input that once answered 500, each answered with a clear 400 in the API's JSON error: page numbers
 * whose offset overflows, query parameters that are not UTF-8 percent-encoding, dates far outside any sane range
 * (a 500 on MariaDB only), and text with an unpaired UTF-16 surrogate or a NUL. {@link HostileInputSweepIT} sends
 * the same kinds of values to every parameter of every endpoint.
 */
@WebIntegrationTest
class HostileInputApiIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    javax.sql.DataSource dataSource;

    private ApiClient api;
    private MashwaraUser drafter;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/drafts?page=21474837&size=100", "/api/drafts?page=2147483647&size=100",
            "/api/search?q=rules&page=21474837&size=100", "/api/notifications?page=21474837&size=100" })
    void a_page_whose_offset_overflows_is_refused(String path) {
        var response = api.get(path, as(drafter.getUsername()));
        assertJsonError(response, 400, "invalid_input");
        assertThat(response.<String>json("$.message")).containsIgnoringCase("page");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/search?q=%ff", "/api/search?q=%C3%28", "/api/search?q=%ED%A0%80",
            "/api/search?q=%E0%80%AF", "/api/search?q=%zz", "/api/search?q=abc%", "/api/search?q=%4",
            "/api/drafts?q=%ff", "/api/drafts?committee=%ff", "/api/drafts?status=%C0%80", "/api/search?committee=%ff",
            "/api/notifications?unread=%ff", "/api/search?%ff=1" })
    void a_query_string_that_is_not_utf8_percent_encoding_is_refused(String target) {
        var response = new RawHttp(port).get(target, as(drafter.getUsername()));
        assertRawJsonError(response, 400);
        assertThat(JsonPath.<String>read(response.text(), "$.message")).contains("UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/drafts/%ff", "/api/drafts/%00", "/api/drafts/%C0%80", "/api/drafts/1%2F2",
            "/api/threads/%ED%A0%80/comments" })
    void a_path_the_web_server_refuses_is_answered_with_the_api_json_error(String target) {
        var response = new RawHttp(port).get(target, as(drafter.getUsername()));
        assertRawJsonError(response, 400);
        assertThat(JsonPath.<String>read(response.text(), "$.message")).contains("path");
    }

    @Test
    void a_page_of_the_portal_with_a_broken_query_string_says_so_in_english_and_urdu() {
        var response = new RawHttp(port).get("/search?q=%ff", null);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("text/plain");
        assertThat(response.text()).contains("UTF-8", "فیصد انکوڈنگ");
    }

    /** A JSON error a person can read, for a response sent and read byte for byte. */
    static void assertRawJsonError(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(JsonPath.<Integer>read(response.text(), "$.status")).isEqualTo(status);
        assertThat(JsonPath.<String>read(response.text(), "$.error")).isEqualTo("invalid_input");
        assertThat(response.text()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void the_comparison_refuses_a_version_number_that_is_not_utf8() {
        var created = fixtures.textDraft(drafter, Fixtures.unique("Encoding draft"), "First text.");
        fixtures.textVersion(drafter, created.id(), "Second text.");
        var response = new RawHttp(port).get("/api/drafts/" + created.id() + "/compare?from=%ff&to=2",
                as(drafter.getUsername()));
        assertRawJsonError(response, 400);
        assertThat(JsonPath.<String>read(response.text(), "$.message")).contains("UTF-8");
    }

    @Test
    void a_nul_in_a_query_parameter_is_refused() {
        var response = api.get("/api/search?q=rules%00", as(drafter.getUsername()));
        assertJsonError(response, 400, "invalid_input");
        assertThat(response.<String>json("$.message")).contains("NUL");
    }

    @ParameterizedTest
    @ValueSource(strings = { "+999999-01-01T00:00:00Z", "-999999-01-01T00:00:00Z", "0001-01-01T00:00:00Z",
            "1899-12-31T23:59:59Z", "3000-01-01T00:00:00Z", "9999-12-31T23:59:59Z" })
    void a_review_deadline_outside_the_sane_range_is_refused_alike_on_every_database(String deadline) {
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var created = fixtures.submittedDraft(drafter, officer, Fixtures.unique("Deadline draft"));

        var response = api.putJson("/api/drafts/" + created.id() + "/review-window",
                "{\"deadline\":\"" + deadline + "\"}", as(secretary.getUsername()));

        assertJsonError(response, 400, "invalid_input");
        assertThat(response.<String>json("$.message")).contains("1900", "2999");
        var window = api.get("/api/drafts/" + created.id() + "/review-window", as(secretary.getUsername()));
        assertThat(window.status()).isEqualTo(200);
        assertThat(window.text()).doesNotContain("999999");
    }

    @Test
    void a_deadline_in_the_dates_the_portal_stores_but_years_ahead_is_refused_by_the_reviews_own_bound() {
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var created = fixtures.submittedDraft(drafter, officer, Fixtures.unique("Deadline edge draft"));
        // the last moment the portal stores is far beyond any review: refused with its reason, nothing changed
        var response = api.putJson("/api/drafts/" + created.id() + "/review-window",
                "{\"deadline\":\"2999-12-31T23:59:59Z\"}", as(secretary.getUsername()));
        assertJsonError(response, 400, "invalid_input");
        assertThat(response.<String>json("$.message")).isEqualTo("The deadline can be at most 366 days from now.");
        // the longest review the portal accepts is stored as given
        var longest = java.time.Instant.now().plus(java.time.Duration.ofDays(365)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var accepted = api.putJson("/api/drafts/" + created.id() + "/review-window",
                "{\"deadline\":\"" + longest + "\"}", as(secretary.getUsername()));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(java.time.Instant.parse(accepted.<String>json("$.deadline"))).isEqualTo(longest);
    }

    @ParameterizedTest
    @ValueSource(strings = { "A lone \\ud800 surrogate", "A lone low \\udc00 surrogate", "Reversed \\udc00\\ud800 pair",
            "A NUL \\u0000 in the text" })
    void a_comment_with_an_unpaired_surrogate_or_a_nul_is_refused_and_nothing_is_stored(String body) {
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var created = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Surrogate draft"),
                "The text of the draft.");

        var response = api.postJson("/api/drafts/" + created.id() + "/versions/1/threads",
                "{\"body\":\"" + body + "\"}", as(member.getUsername()));

        assertJsonError(response, 400, "invalid_input");
        assertThat(response.<String>json("$.message")).contains("body").containsAnyOf("surrogate", "NUL");
        var threads = api.get("/api/drafts/" + created.id() + "/versions/1/threads", as(member.getUsername()));
        assertThat(threads.<Integer>json("$.length()")).isZero();
    }

    @Test
    void on_mariadb_every_text_column_takes_four_byte_characters() throws java.sql.SQLException {
        try (var connection = dataSource.getConnection()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(
                    connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("mariadb"),
                    "the character sets of columns are MariaDB's");
            try (var statement = connection.prepareStatement("""
                    SELECT CONCAT(table_name, '.', column_name, ' ', character_set_name) FROM information_schema.columns
                    WHERE table_schema = DATABASE() AND character_set_name IS NOT NULL
                    AND character_set_name <> 'utf8mb4'""");
                    var rows = statement.executeQuery()) {
                var narrow = new java.util.ArrayList<String>();
                while (rows.next()) {
                    narrow.add(rows.getString(1));
                }
                assertThat(narrow).as("text columns that cannot hold a 4-byte character (an emoji, a rare Han)").isEmpty();
            }
        }
    }

    @Test
    void a_proper_pair_and_four_byte_characters_are_kept_as_written() {
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var created = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Emoji draft"),
                "The text of the draft.");
        var text = "Agreed \uD83D\uDC4D with 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and اردو";

        var response = api.postJson("/api/drafts/" + created.id() + "/versions/1/threads",
                "{\"body\":\"Agreed \\ud83d\\udc4d with 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and اردو\"}", as(member.getUsername()));

        assertThat(response.status()).as(response.text()).isEqualTo(201);
        var threads = api.get("/api/drafts/" + created.id() + "/versions/1/threads", as(member.getUsername()));
        assertThat(threads.<String>json("$[0].comments[0].body")).isEqualTo(text);
    }
}
