package pk.gov.mashwara.routing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.ui.DraftListView;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.routing.ActionRequest;
import pk.gov.mashwara.routing.InputService;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

/**
 * The input's page: the secretary composes in the light markup and saves (a mistake shown at its field), only
 * the NSMCWG opens it before clearance, and afterwards the committee reads it and records its response to a point
 * there, through the routing action.
 */
class InputViewTest extends UiTest {

    @Autowired
    RoutingService routing;
    @Autowired
    InputService inputs;
    @Autowired
    ReviewWindows windows;
    @Autowired
    ThreadActions threads;

    @Test
    void the_secretary_composes_the_committee_reads_and_answers_point_by_point() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var focal = fixtures.focalPerson();
        long id = fixtures.submittedDraft(drafter, officer, Fixtures.unique("Input page")).id();
        Fixtures.as(secretary, () -> windows.setDeadline(id, Instant.now().plus(Duration.ofDays(7))));
        var point = Fixtures.as(member, () -> threads.start(new NewThread(id, 1, null, "Name the grievance officer.",
                false)));
        Fixtures.as(secretary, () -> windows.closeNow(id));
        act(secretary, id, "close-review", Map.of());
        Fixtures.as(secretary, () -> threads.resolve(point.id(), point.version(), Resolution.ACCEPTED, "Agreed."));

        // the committee may not open it before clearance
        signIn(drafter);
        navigate("drafts/" + id + "/input", DraftListView.class);

        signIn(secretary);
        var view = navigate("drafts/" + id + "/input", InputView.class);
        assertThat(view.text.getValue()).startsWith("## Points accepted by the NSMCWG")
                .contains("- **Accepted.** Name the grievance officer. *Reason: Agreed.*");
        test(view.note).setValue(" ");
        test(view.save).click();
        assertThat(view.note.isInvalid()).as("the mistake is shown at its field").isTrue();
        assertThat(view.note.getErrorMessage()).isEqualTo("Write the covering note.");
        test(view.note).setValue("The NSMCWG conveys its input.");
        test(view.text).setValue(view.text.getValue() + "\n\n## Conclusion\n\nNo **further** observations.");
        test(view.save).click();
        assertThat(Fixtures.as(secretary, () -> inputs.document(id)).html())
                .endsWith("<h2>Conclusion</h2><p>No <strong>further</strong> observations.</p>");

        act(secretary, id, "send-for-clearance", Map.of());
        act(focal, id, "clear", Map.of());
        act(officer, id, "take-up-input", Map.of());

        signIn(drafter);
        view = navigate("drafts/" + id + "/input", InputView.class);
        assertThat(find(Span.class, view).id("input-cleared-by").getText())
                .startsWith("Input of the NSMCWG, cleared by " + focal.displayName() + ", Focal Person, NSMCWG on ");
        assertThat(view.document.getElement().getTextRecursively()).contains("The NSMCWG conveys its input.");
        assertThat(find(com.vaadin.flow.component.Html.class, view).single().getInnerHtml())
                .as("the text shown is the stored one, cleaned again").contains("<h2>Conclusion</h2>",
                        "No <strong>further</strong> observations.");
        assertThat(find(Anchor.class, view).id("input-point-open-" + point.id()).getHref())
                .isEqualTo("drafts/" + id + "/versions/1/text?thread=" + point.id());
        test(find(Button.class, view).id("input-point-respond-" + point.id())).click();
        test(find(TextArea.class).id("input-response-text")).setValue("Rule 4 now names the officer.");
        test(find(Button.class).id("input-response-confirm")).click();

        var answered = Fixtures.as(drafter, () -> inputs.document(id)).points().getFirst();
        assertThat(answered.response().text()).isEqualTo("Rule 4 now names the officer.");
        assertThat(Fixtures.as(drafter, () -> routing.routing(id)).history().getLast().action())
                .isEqualTo("record-response");
        assertThat(Fixtures.as(drafter, () -> routing.routing(id)).status()).isEqualTo(DraftStatus.COMMITTEE_RESPONSE);
    }

    private void act(MashwaraUser user, long draftId, String action, Map<String, String> details) {
        Fixtures.as(user, () -> routing.act(draftId, action,
                new ActionRequest(routing.routing(draftId).draftVersion(), null, details)));
    }
}
