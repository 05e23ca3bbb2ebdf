package pk.gov.mashwara.notification.ui;

import java.util.ArrayList;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

import pk.gov.mashwara.notification.Follows;
import pk.gov.mashwara.notification.NotificationItem;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.Notices;
import pk.gov.mashwara.shared.ui.Views;

/**
 * The signed-in user's notifications, newest first and loaded page by page; opening one marks it read and goes
 * where it points. Below: what comes by e-mail, and the drafts the user follows.
 */
@Route("notifications")
@PermitAll
public class NotificationsView extends Main implements HasDynamicTitle {

    private final NotificationService notifications;
    final Grid<NotificationItem> grid = new Grid<>();
    final Button markAllRead = new Button();
    final Span empty = new Span();
    final EmailChoicesForm emailChoices;
    final FollowedDrafts followed;

    public NotificationsView(NotificationService notifications, Follows follows) {
        this.notifications = notifications;
        Views.frame(this);
        markAllRead.setText(getTranslation("notifications.markAllRead"));
        markAllRead.setIcon(new Icon(VaadinIcon.CHECK_SQUARE_O));
        markAllRead.setId("mark-all-read");
        markAllRead.addClickListener(e -> {
            notifications.markAllRead();
            Notices.success(getTranslation("notifications.markedAllRead"));
            refresh();
        });
        empty.setText(getTranslation("notifications.empty"));
        empty.addClassNames(LumoUtility.TextColor.SECONDARY);
        empty.setId("notifications-empty");

        grid.addColumn(new ComponentRenderer<>(this::entry)).setHeader(getTranslation("notifications.title"))
                .setKey("notification").setFlexGrow(1);
        grid.addColumn(n -> Formats.dateTime(n.createdAt(), getLocale())).setKey("when").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPartNameGenerator(n -> n.read() ? null : "unread");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassNames("notification-list");
        grid.setId("notifications-grid");
        grid.setMinHeight("12rem");

        emailChoices = new EmailChoicesForm(notifications);
        followed = new FollowedDrafts(follows);
        var below = new Div(emailChoices, followed);
        below.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XLARGE);
        add(Views.header(getTranslation("notifications.title"), markAllRead), empty, grid, below);
        refresh();
    }

    void refresh() {
        var total = notifications.count(false);
        empty.setVisible(total == 0);
        grid.setVisible(total > 0);
        markAllRead.setEnabled(notifications.unreadCount() > 0);
        grid.setItems(q -> fetch(q.getOffset(), q.getLimit()), q -> (int) notifications.count(false));
        getUI().ifPresent(UnreadCountChanged::fire);
    }

    /** The service hands out at most 100 at a time; the grid may ask for more. */
    private Stream<NotificationItem> fetch(int offset, int limit) {
        var all = new ArrayList<NotificationItem>();
        while (all.size() < limit) {
            var page = notifications.mine(offset + all.size(), Math.min(100, limit - all.size()));
            all.addAll(page);
            if (page.isEmpty()) {
                break;
            }
        }
        return all.stream();
    }

    void open(NotificationItem item) {
        try {
            notifications.markRead(item.id());
        } catch (RuntimeException e) {
            Notices.error(e);
            return;
        }
        var ui = UI.getCurrent();
        UnreadCountChanged.fire(ui);
        // A link may carry a query (e.g. the thread to open), which the router takes separately from the path
        var link = item.link().startsWith("/") ? item.link().substring(1) : item.link();
        var query = link.indexOf('?');
        if (query < 0) {
            ui.navigate(link);
        } else {
            ui.navigate(link.substring(0, query), QueryParameters.fromString(link.substring(query + 1)));
        }
    }

    private Div entry(NotificationItem item) {
        var message = new Button(item.message(getLocale()), e -> open(item));
        message.addClassNames("notification-message");
        message.getElement().setAttribute("dir", "auto");
        var entry = new Div(message);
        entry.addClassNames("notification-entry", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        if (!item.read()) {
            entry.addClassNames("unread");
            var badge = new Badge(getTranslation("notifications.unread"), Badge.Tone.INFO);
            badge.addClassNames("unread-badge");
            entry.addComponentAsFirst(badge);
        }
        if (item.detail() != null && !item.detail().isBlank()) {
            var detail = new Span(item.detail());
            detail.addClassNames("notification-detail", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            detail.getElement().setAttribute("dir", "auto");
            entry.add(detail);
        }
        return entry;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " · " + getTranslation("app.name");
    }
}
