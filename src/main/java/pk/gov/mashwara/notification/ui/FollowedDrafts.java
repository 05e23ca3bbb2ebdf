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

    private final Follows follows;
    final Div list = new Div();

    FollowedDrafts(Follows follows) {
        this.follows = follows;
        setId("followed-drafts");
        var heading = new H3(getTranslation("notifications.following.title"));
        heading.addClassNames(LumoUtility.FontSize.LARGE);
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        add(heading, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        var mine = follows.mine();
        if (mine.isEmpty()) {
            var none = new Span(getTranslation("notifications.following.empty"));
            none.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            list.add(none);
        }
        mine.forEach(d -> list.add(row(d)));
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
