package pk.gov.mashwara.directions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.directions.BodyRef;
import pk.gov.mashwara.directions.BodyStatus;
import pk.gov.mashwara.directions.DirectionInfo;
import pk.gov.mashwara.directions.ProgressStatus;
import pk.gov.mashwara.directions.Timeline;

/** Pendency's "waits for": the letter's words for every body, not a code for each; codes for named bodies. */
class DirectionsWaitsForTest {

    private static BodyStatus body(String code, ProgressStatus status) {
        return new BodyStatus(new BodyRef(code.hashCode(), code, code + " name", null), false, status, false, null, null);
    }

    private static DirectionInfo direction(boolean all, List<BodyStatus> bodies) {
        return new DirectionInfo(1, 1, "No. 1", "5", "text", "Ongoing", Timeline.ongoing(null),
                all ? "All Ministries/Divisions" : "MoIT", all, bodies, ProgressStatus.IN_PROGRESS, null, false, 0, null,
                List.of(), List.of());
    }

    @Test
    void every_body_is_said_in_the_letters_words_with_how_many_are_not_done() {
        var bodies = List.of(body("MOIT", ProgressStatus.DONE), body("LAW", ProgressStatus.IN_PROGRESS),
                body("PTA", ProgressStatus.NOT_STARTED));
        assertThat(DirectionsPendencySection.waitsFor(direction(true, bodies), Locale.ENGLISH))
                .isEqualTo("All Ministries/Divisions (2)");
    }

    @Test
    void named_bodies_not_done_are_listed_by_code() {
        var bodies = List.of(body("MOIT", ProgressStatus.DONE), body("PTA", ProgressStatus.IN_PROGRESS));
        assertThat(DirectionsPendencySection.waitsFor(direction(false, bodies), Locale.ENGLISH)).isEqualTo("PTA");
        assertThat(DirectionsPendencySection.waitsFor(direction(true, List.of(body("MOIT", ProgressStatus.DONE))),
                Locale.ENGLISH)).isEqualTo("—");
    }
}
