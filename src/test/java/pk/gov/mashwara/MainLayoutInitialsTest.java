package pk.gov.mashwara;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainLayoutInitialsTest {

    @Test
    void initials_leave_out_titles_in_brackets_and_keep_two_letters() {
        assertThat(MainLayout.initials("Ayesha Siddiqui (Auditor)")).isEqualTo("AS");
        assertThat(MainLayout.initials("Imran Shah (Director General)")).isEqualTo("IS");
        assertThat(MainLayout.initials("Dr. Sana Qureshi")).isEqualTo("DS");
        assertThat(MainLayout.initials("Test t56-23abd94d")).isEqualTo("TT");
        assertThat(MainLayout.initials("فرح ناز")).isEqualTo("فن");
        assertThat(MainLayout.initials("admin")).isEqualTo("A");
    }
}
