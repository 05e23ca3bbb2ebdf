package pk.gov.mashwara.draft.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftSummary;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.UiTest;

class DraftListViewTest extends UiTest {

    @Test
    void a_drafter_sees_the_own_committees_drafts_and_can_start_a_new_one() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var other = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var own = fixtures.draft(drafter, "Own list draft " + tag);
        var foreign = fixtures.draft(other, "Foreign list draft " + tag);

        signIn(drafter);
        var view = navigate(DraftListView.class);
        test(view.titleFilter).setValue(tag);

        assertThat(ids(view)).containsExactly(own.id()).doesNotContain(foreign.id());
        assertThat(view.newDraft.isVisible()).isTrue();
        assertThat(view.committeeFilter.isVisible()).isFalse();
    }

    @Test
    void an_nsmcwg_member_sees_only_submitted_drafts_and_cannot_create_any() {
        var drafter = fixtures.user("LAW", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("LAW", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var submitted = fixtures.submittedDraft(drafter, officer, "Submitted list draft " + tag);
        var unsubmitted = fixtures.draft(drafter, "Unsubmitted list draft " + tag);

        signIn(member);
        var view = navigate(DraftListView.class);
        test(view.titleFilter).setValue(tag);

        assertThat(ids(view)).containsExactly(submitted.id()).doesNotContain(unsubmitted.id());
        assertThat(test(view.grid).getRow(0).status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(view.newDraft.isVisible()).isFalse();
        assertThat(view.committeeFilter.isVisible()).isTrue();
    }

    @Test
    void filters_narrow_the_list_by_status() {
        var drafter = fixtures.user("CABINET", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("CABINET", Role.COMMITTEE_OFFICER);
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var submitted = fixtures.submittedDraft(drafter, officer, "Status filter submitted " + tag);
        var draft = fixtures.draft(drafter, "Status filter draft " + tag);

        signIn(drafter);
        var view = navigate(DraftListView.class);
        test(view.titleFilter).setValue(tag);
        assertThat(ids(view)).containsExactlyInAnyOrder(submitted.id(), draft.id());

        assertThat(view.statusFilter.getPlaceholder()).isEqualTo("Any status");
        test(view.statusFilter).selectItem("Draft");
        assertThat(view.statusFilter.getValue()).isEqualTo(DraftStatus.DRAFT);
        assertThat(ids(view)).containsExactly(draft.id());
        // cleared, the filter is any status again
        view.statusFilter.clear();
        assertThat(ids(view)).containsExactlyInAnyOrder(submitted.id(), draft.id());
    }

    private java.util.List<Long> ids(DraftListView view) {
        var grid = test(view.grid);
        var ids = new ArrayList<Long>();
        for (var i = 0; i < grid.size(); i++) {
            ids.add(((DraftSummary) grid.getRow(i)).id());
        }
        return ids;
    }
}
