package pk.gov.mashwara.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.notification.FollowedDraft;
import pk.gov.mashwara.notification.Follows;
import pk.gov.mashwara.shared.ui.Notices;

/** "Drafts I follow", each with a link to the draft and a way to stop following it. */
class FollowedDrafts extends Section {

    /** Rows added at a time. */
    static final int PAGE = 20;

    private final Follows follows;
    final Div list = new Div();
    final Button more = new Button();
    private long total;
    private int shown;

    FollowedDrafts(Follows follows) {
        this.follows = follows;
        setId("followed-drafts");
        var heading = new H3(getTranslation("notifications.following.title"));
        heading.addClassNames(LumoUtility.FontSize.LARGE);
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        more.setId("followed-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.addClickListener(e -> showMore());
        add(heading, list, more);
        refresh();
    }

    /** From the top again: the first page of the drafts followed, newest first, and "more" if there are more. */
    void refresh() {
        list.removeAll();
        shown = 0;
        total = follows.countMine();
        if (total == 0) {
            var none = new Span(getTranslation("notifications.following.empty"));
            none.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            list.add(none);
        }
        showMore();
    }

    /** The next page: the page keeps only the rows shown, never every draft followed. */
    private void showMore() {
        var page = total == 0 ? java.util.List.<FollowedDraft>of() : follows.mine(shown, PAGE);
        page.forEach(d -> list.add(row(d)));
        shown += page.size();
        more.setVisible(shown < total && !page.isEmpty());
        more.setText(getTranslation("notifications.following.more", total - shown));
    }

    private Div row(FollowedDraft draft) {
        // Linked by address: the draft page belongs to the draft module's UI
        var link = new Anchor("drafts/" + draft.draftId(), draft.title());
        link.getElement().setAttribute("dir", "auto");
        var unfollow = new Button(getTranslation("notifications.unfollow"), e -> {
            try {
                follows.unfollow(draft.draftId());
                Notices.success(getTranslation("notifications.unfollowed", draft.title()));
            } catch (RuntimeException ex) {
                Notices.error(ex);
            }
            refresh();
        });
        unfollow.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        unfollow.setId("unfollow-" + draft.draftId());
        var row = new Div(link, unfollow);
        row.addClassNames("followed-draft", LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.SMALL);
        return row;
    }
}
