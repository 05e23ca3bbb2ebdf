package pk.gov.mashwara;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadyMessageTest {

    @Test
    void theAddressAndTheDemoUserWithTheDefaultPassword() {
        assertThat(ReadyMessage.text(8097, true, "Mashwara#2026")).isEqualTo(
                "Mashwara is ready at http://localhost:8097/ \u2014 sign in as moit.drafter (password: Mashwara#2026)");
    }

    @Test
    void aChosenDemoPasswordIsNeverShown() {
        assertThat(ReadyMessage.text(8080, true, "my-own-secret"))
                .doesNotContain("my-own-secret").contains("sign in as moit.drafter");
    }

    @Test
    void withoutDemoDataOnlyTheAddress() {
        assertThat(ReadyMessage.text(9090, false, "Mashwara#2026")).isEqualTo("Mashwara is ready at http://localhost:9090/");
    }
}
