package pk.gov.mashwara.support;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks shared by the API tests. */
public final class ApiAssertions {

    private ApiAssertions() {
    }

    /** A JSON error a person can read, with no trace of the server's insides. */
    public static void assertJsonError(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.<Integer>json("$.status")).isEqualTo(status);
        assertThat(response.<String>json("$.error")).isEqualTo(code);
        assertThat(response.<String>json("$.message")).isNotBlank().doesNotContain("Exception");
        assertThat(response.text()).doesNotContain("\tat ", "java.lang", "org.springframework", "pk.gov.mashwara",
                "trace");
    }
}
