package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A U.O. number is cited once as "U.O. No. …", however the officer typed it. */
class UoReferenceTest {

    @Test
    void the_prefix_typed_with_the_number_is_not_said_twice() {
        assertThat(RoutingView.Note.reference("U.O. No. 1(3)/2026-Tel")).isEqualTo("U.O. No. 1(3)/2026-Tel");
        assertThat(RoutingView.Note.reference("u.o.no.1(3)/2026-Tel")).isEqualTo("U.O. No. 1(3)/2026-Tel");
        assertThat(RoutingView.Note.reference("UO No 1(3)/2026-Tel")).isEqualTo("U.O. No. 1(3)/2026-Tel");
        assertThat(RoutingView.Note.reference("U.O. Note No. 5/13/D-18/2021")).isEqualTo("U.O. No. 5/13/D-18/2021");
        assertThat(RoutingView.Note.reference("No. 7(2)/2026-Tel")).isEqualTo("U.O. No. 7(2)/2026-Tel");
        assertThat(RoutingView.Note.reference("7(2)/2026-Tel")).isEqualTo("U.O. No. 7(2)/2026-Tel");
        // a file number keeps its own letters
        assertThat(RoutingView.Note.reference("F. No. 2(14)/2026-Law-I")).isEqualTo("U.O. No. F. No. 2(14)/2026-Law-I");
        assertThat(RoutingView.Note.reference(null)).isEqualTo("U.O. note");
    }
}
