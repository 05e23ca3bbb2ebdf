package pk.gov.mashwara.routing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.ui.DraftView;
import pk.gov.mashwara.routing.ActionRequest;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.Messages;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.support.ConsultationWalk;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

/**
 * A Cabinet step that has its decision, on the draft's page: the badge says "Decided" with the decision (not
 * "Received", which is for a division's view), and the history names the Cabinet Division's officer with the
 * Division's name, not its code; in English and in Urdu.
 */
class CabinetDecisionOnPageTest extends UiTest {

    @Autowired
    DraftService drafts;
    @Autowired
    RoutingService routing;
    @Autowired
    pk.gov.mashwara.review.ReviewWindows windows;
    @Autowired
    pk.gov.mashwara.review.ThreadActions threads;

    @Test
    void the_cabinet_step_shows_its_decision_and_the_history_names_the_division_in_words() {
        var walk = new ConsultationWalk(fixtures, drafts, routing, threads, windows);
        long id = walk.inConsultations("PTA", DraftKind.REGULATOR_RULES, false, false,
                Fixtures.unique("Rules the Cabinet approves"));
        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var cabinet = fixtures.user("CABINET", Role.COMMITTEE_OFFICER);
        walk.act(moit, id, "record-view", Fixtures.uo("view", "concur", "viewText", "No objection."));
        walk.act(fixtures.user("LAW", Role.COMMITTEE_OFFICER), id, "record-view",
                Fixtures.uo("view", "concur", "viewText", "Vetted."));
        var today = LocalDate.now(DraftService.OFFICE_ZONE);
        var pdf = Fixtures.uniquePdf("Summary for the Cabinet");
        walk.act(moit, id, "lodge-summary", Map.of("summaryLodgedOn", today.minusDays(20).toString()),
                new ActionRequest.Attachment("Summary for the Cabinet.pdf", () -> new ByteArrayInputStream(pdf)));
        walk.act(cabinet, id, "record-cabinet-decision", Map.of("decision", "approved",
                "caseNumber", "Case No. 77/12/2026", "meetingDate", today.minusDays(10).toString()));
        var step = Fixtures.as(moit, () -> routing.consultations(id)).stream()
                .filter(s -> s.step().equals("cabinet-decision")).findFirst().orElseThrow();
        var viewStep = Fixtures.as(moit, () -> routing.consultations(id)).getFirst();

        signIn(moit);
        navigate("drafts/" + id, DraftView.class);
        assertThat(find(Badge.class).id("consultation-" + step.id() + "-status").getText()).isEqualTo("Decided: Approved");
        assertThat(find(Badge.class).id("consultation-" + viewStep.id() + "-status").getText()).isEqualTo("Received");
        var history = find(RoutingSection.class).single().timeline.getElement().getTextRecursively();
        assertThat(history).contains(cabinet.displayName() + ", Committee officer (Cabinet Division)")
                .doesNotContain("(CABINET)").doesNotContain("(MOIT)");

        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.setLocale(Messages.URDU);
        session.setAttribute(pk.gov.mashwara.shared.ui.Languages.class.getName() + ".chosen", Boolean.TRUE);
        navigate("drafts/" + id, DraftView.class);
        assertThat(pk.gov.mashwara.shared.ui.Bidi.strip(find(Badge.class).id("consultation-" + step.id() + "-status")
                .getText())).isEqualTo("فیصلہ: " + Messages.get(Messages.URDU, "routing.view.APPROVED"));
        var urdu = find(RoutingSection.class).single().timeline.getElement().getTextRecursively();
        assertThat(urdu).contains("کابینہ ڈویژن", Messages.get(Messages.URDU, "role.COMMITTEE_OFFICER"))
                .doesNotContain("CABINET").doesNotContain("Committee officer");
    }
}
