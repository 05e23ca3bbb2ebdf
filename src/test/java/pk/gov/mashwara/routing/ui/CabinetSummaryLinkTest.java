package pk.gov.mashwara.routing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.html.Anchor;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.ui.DraftView;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.Messages;
import pk.gov.mashwara.support.ConsultationWalk;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

/**
 * The routing section's link to the summary for the Cabinet: offered to the sponsor (in English and in Urdu) where a
 * Cabinet step applies, not to a division consulted, and not on a draft without a Cabinet step.
 */
class CabinetSummaryLinkTest extends UiTest {

    @Autowired
    DraftService drafts;
    @Autowired
    RoutingService routing;
    @Autowired
    pk.gov.mashwara.review.ReviewWindows windows;
    @Autowired
    pk.gov.mashwara.review.ThreadActions threads;

    ConsultationWalk walk() {
        return new ConsultationWalk(fixtures, drafts, routing, threads, windows);
    }

    Optional<Anchor> link() {
        return find(Anchor.class).all().stream().filter(a -> a.getId().filter("cabinet-summary-link"::equals).isPresent())
                .findFirst();
    }

    @Test
    void the_sponsor_finds_the_summary_beside_the_consultations_in_english_and_in_urdu() {
        long id = walk().inConsultations("PTA", DraftKind.REGULATOR_RULES, false, false,
                Fixtures.unique("Rules with a summary for the Cabinet"));
        signIn(fixtures.user("MOIT", Role.COMMITTEE_OFFICER));
        navigate("drafts/" + id, DraftView.class);
        assertThat(link()).hasValueSatisfying(a -> assertThat(a.getElement().getTextRecursively())
                .isEqualTo("Cabinet summary (DOCX)"));

        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.setLocale(Messages.URDU);
        session.setAttribute(pk.gov.mashwara.shared.ui.Languages.class.getName() + ".chosen", Boolean.TRUE);
        navigate("drafts/" + id, DraftView.class);
        assertThat(link()).hasValueSatisfying(a -> assertThat(a.getElement().getTextRecursively())
                .isEqualTo("کابینہ کے لیے سمری (DOCX)"));

        signIn(fixtures.user("LAW", Role.COMMITTEE_OFFICER));
        navigate("drafts/" + id, DraftView.class);
        assertThat(link()).as("a division consulted is not the sponsor").isEmpty();
    }

    @Test
    void no_link_on_regulations_which_the_cabinet_does_not_decide() {
        long id = walk().inConsultations("PTA", DraftKind.REGULATOR_REGULATIONS, false, false,
                Fixtures.unique("Regulations without a summary"));
        signIn(fixtures.user("PTA", Role.COMMITTEE_OFFICER));
        navigate("drafts/" + id, DraftView.class);
        assertThat(link()).isEmpty();
    }
}
