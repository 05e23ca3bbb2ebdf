package pk.gov.mashwara.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

import pk.gov.mashwara.directions.BodyStatus;
import pk.gov.mashwara.directions.CascadeNode;
import pk.gov.mashwara.directions.DirectionInfo;
import pk.gov.mashwara.directions.LetterService;
import pk.gov.mashwara.directions.ProgressService;
import pk.gov.mashwara.directions.ProgressStatus;
import pk.gov.mashwara.draft.DraftFilter;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.RunAs;

/**
 * A first start opens with the real letter: its eight directions exactly as the demo's transcription holds them,
 * its addressees and copies, the MoD's U.O. and the MAG's circular as its cascade with their receipts, and a
 * plausible state of progress.
 */
@SpringBootTest(properties = "mashwara.demo.enabled=true")
class DemoDirectionsIT {

    @Autowired
    UserDetailsService users;
    @Autowired
    LetterService letters;
    @Autowired
    ProgressService progress;
    @Autowired
    DraftService drafts;
    @Autowired
    pk.gov.mashwara.directions.ComplianceDashboard dashboard;

    @Test
    void the_pmo_letter_of_4_october_2021_is_loaded_with_its_cascade_and_progress() {
        var monitor = (MashwaraUser) users.loadUserByUsername("pmo.monitor");
        var summary = RunAs.user(monitor, () -> letters.letters()).stream()
                .filter(l -> l.reference().equals(DemoLetter.REFERENCE)).findFirst().orElseThrow();
        var letter = RunAs.user(monitor, () -> letters.letter(summary.id()));
        assertThat(letter.letter().date()).isEqualTo(DemoLetter.DATE);
        assertThat(letter.letter().subject()).isEqualTo(DemoLetter.SUBJECT);
        assertThat(letter.file().sha256()).hasSize(64);
        assertThat(letter.directions()).extracting(DirectionInfo::label, DirectionInfo::text,
                DirectionInfo::timelineText, DirectionInfo::actionByText)
                .containsExactlyElementsOf(DemoLetter.DIRECTIONS.stream().map(i -> org.assertj.core.groups.Tuple
                        .tuple(i.label(), i.text(), i.timelineText(), i.actionBy())).toList());
        assertThat(letter.addressees()).extracting(a -> a.name(), a -> a.copyOnly()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("National Security Advisor, Islamabad", false),
                org.assertj.core.groups.Tuple.tuple("Secretaries, All Ministries/Divisions", false),
                org.assertj.core.groups.Tuple.tuple("Chairman, PTA", false),
                org.assertj.core.groups.Tuple.tuple("Chairman, PEMRA", false),
                org.assertj.core.groups.Tuple.tuple("JS (IA-I)", true), org.assertj.core.groups.Tuple.tuple("JS to SPM", true));

        // the cascade: PMO → MoD's U.O. → MAG's circular, with the receipts
        CascadeNode uo = letter.cascade().forwarded().getFirst();
        assertThat(uo.letter().reference()).isEqualTo("U.O. No. 5/13/D-18/2021");
        assertThat(uo.letter().issuingOffice().code()).isEqualTo("DEFENCE");
        assertThat(uo.forwarded()).singleElement().satisfies(c -> {
            assertThat(c.letter().reference()).isEqualTo("No. 838/AN/0147-IX");
            assertThat(c.letter().issuingOffice().code()).isEqualTo("MAG");
        });
        assertThat(uo.receipts()).extracting(r -> r.office().code()).containsExactly("MAG");
        assertThat(letter.cascade().receipts()).extracting(r -> r.diaryNumber()).contains("7344/Secy/21", "3334");

        // progress: done with evidence, direction 5 overdue, 4 ongoing, B linked to the defamation amendment draft
        var byLabel = new java.util.HashMap<String, DirectionInfo>();
        letter.directions().forEach(d -> byLabel.put(d.label(), d));
        for (var done : List.of("1", "3", "6", "7", "B")) {
            assertThat(byLabel.get(done).status()).as(done).isEqualTo(ProgressStatus.DONE);
            assertThat(byLabel.get(done).overdue()).isFalse();
        }
        assertThat(byLabel.get("5").overdue()).isTrue();
        assertThat(byLabel.get("5").status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(byLabel.get("4").due()).isNull();
        assertThat(byLabel.get("4").nextReportDue()).isNotNull();
        assertThat(letter.directions()).filteredOn(DirectionInfo::overdue).extracting(DirectionInfo::label)
                .containsExactly("5");
        assertThat(byLabel.get("6").bodies()).extracting(BodyStatus::status).containsOnly(ProgressStatus.DONE);
        var law = (MashwaraUser) users.loadUserByUsername("law.drafter");
        var defamation = RunAs.user(law, () -> drafts.list(DraftFilter.none(), Pageable.ofSize(100)).stream()
                .filter(d -> d.title().startsWith("Defamation (Amendment) Bill")).findFirst().orElseThrow());
        assertThat(byLabel.get("B").draftIds()).containsExactly(defamation.id());
        assertThat(RunAs.user(monitor, () -> progress.direction(byLabel.get("1").id())).entries())
                .allSatisfy(e -> assertThat(e.evidence()).isNotEmpty());

        // the chart over the last twelve weeks is not flat: what was done in 2021 is green all along, and
        // direction 6, overdue while the Cabinet Division had not shared its drafts, turns from red to green five
        // weeks ago, when MoIT confirmed the Cabinet Division's share; direction 5 stays red
        var weeks = RunAs.user(monitor, () -> dashboard.history(summary.id(), 12));
        assertThat(weeks).hasSize(12);
        var first = weeks.getFirst();
        var last = weeks.getLast();
        assertThat(first.green()).isEqualTo(4);
        assertThat(first.red()).isEqualTo(2);
        assertThat(last.green()).isEqualTo(5);
        assertThat(last.red()).isEqualTo(1);
        assertThat(weeks).allSatisfy(w -> assertThat(w.amber()).isEqualTo(first.amber()));
        assertThat(weeks.subList(0, 6)).allSatisfy(w -> assertThat(w).isEqualTo(
                new pk.gov.mashwara.directions.RagWeek(w.weekEnding(), 2, first.amber(), 4)));
        assertThat(weeks.subList(6, 12)).allSatisfy(w -> assertThat(w).isEqualTo(
                new pk.gov.mashwara.directions.RagWeek(w.weekEnding(), 1, first.amber(), 5)));
    }
}
