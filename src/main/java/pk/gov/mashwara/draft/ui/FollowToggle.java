package pk.gov.mashwara.draft.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import pk.gov.mashwara.draft.DraftFollowing;
import pk.gov.mashwara.shared.ui.Notices;

/** Follow or stop following the draft (to be told of its new versions and status changes). */
class FollowToggle extends Button {

    private final DraftFollowing following;
    private final long draftId;
    private boolean on;

    FollowToggle(DraftFollowing following, long draftId) {
        this.following = following;
        this.draftId = draftId;
        setId("follow");
        getElement().setAttribute("title", getTranslation("draft.follow.help"));
        show(following.isFollowing(draftId));
        addClickListener(e -> toggle());
    }

    private void toggle() {
        try {
            following.setFollowing(draftId, !on);
            show(!on);
            Notices.success(getTranslation(on ? "draft.followed" : "draft.unfollowed"));
        } catch (RuntimeException e) {
            Notices.error(e);
        }
    }

    private void show(boolean following) {
        on = following;
        setText(getTranslation(on ? "draft.following" : "draft.follow"));
        setIcon(new Icon(on ? VaadinIcon.BELL : VaadinIcon.BELL_O));
        getElement().setAttribute("aria-pressed", Boolean.toString(on));
        removeThemeVariants(ButtonVariant.LUMO_CONTRAST);
        if (on) {
            addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        }
    }

    boolean isOn() {
        return on;
    }
}
