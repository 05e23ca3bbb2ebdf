package pk.gov.mashwara.desk.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.desk.DeskItem;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Formats;

/** The cells of the desk's lists, in the reader's language. */
final class DeskCells {

    private DeskCells() {
    }

    /** The draft's title, and below it its diary number and committee. */
    static Div title(Component owner, DeskItem d) {
        var title = new Span(d.title());
        title.addClassNames(LumoUtility.FontWeight.MEDIUM, "draft-title");
        // Titles may be English inside an Urdu page or the reverse: each takes its own direction
        title.getElement().setAttribute("dir", "auto");
        var meta = new Span((d.diaryNumber() == null ? "" : d.diaryNumber() + " · ") + d.committeeCode());
        meta.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        meta.getElement().setAttribute("dir", "ltr");
        var cell = new Div(title, meta);
        cell.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.AlignItems.START,
                LumoUtility.Padding.Vertical.XSMALL);
        if (d.priority() != pk.gov.mashwara.draft.Priority.ROUTINE) {
            // the flag pinned on the file, above its title; routine files carry none
            cell.addComponentAsFirst(pk.gov.mashwara.shared.ui.PriorityFlag.of(owner, d.priority()));
        }
        return cell;
    }

    /** The actions due, translated where the catalogue has them ({@code routing.action.<name>}). */
    static String actions(Component owner, DeskItem d) {
        if (d.actions().isEmpty()) {
            return translated(owner, "routing.state." + d.status().name(), d.stateTitle());
        }
        return d.actions().stream().map(a -> translated(owner, "routing.action." + a.name(), a.title()))
                .collect(Collectors.joining(" · "));
    }

    /** Overdue by how many days, or on time, or that the step has no deadline. */
    static Component lateness(Component owner, DeskItem d) {
        if (d.overdue()) {
            var badge = new Badge(owner.getTranslation("pendency.overdueBy", d.daysOverdue()), Badge.Tone.ERROR);
            badge.addClassName("overdue");
            return badge;
        }
        return d.deadline() == null ? new Span(owner.getTranslation("pendency.noDeadline"))
                : new Badge(owner.getTranslation("pendency.onTime"), Badge.Tone.SUCCESS);
    }

    /** The day the review window closes and how many days are left, or that no deadline is set. */
    static Component reviewDeadline(Component owner, DeskItem d) {
        var news = d.review();
        if (news == null || news.reviewDeadline() == null) {
            return new Span(owner.getTranslation("desk.reviews.noDeadline"));
        }
        var day = new Span(Formats.date(news.reviewDeadline(), locale(owner)));
        day.getElement().setAttribute("title", Formats.dateTime(news.reviewDeadline(), locale(owner)));
        long left = news.daysLeft() == null ? 0 : news.daysLeft();
        var tone = left <= 2 ? Badge.Tone.WARNING : Badge.Tone.NEUTRAL;
        var badge = new Badge(left <= 0 ? owner.getTranslation("desk.reviews.closesToday")
                : owner.getTranslation("desk.reviews.daysLeft", left), tone);
        var cell = new Div(day, badge);
        cell.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.AlignItems.START,
                LumoUtility.Gap.XSMALL);
        return cell;
    }

    /** What is new since the member last looked: new versions, replies in their threads with the latest. */
    static Component news(Component owner, DeskItem d) {
        var news = d.review();
        var cell = new Div();
        cell.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.AlignItems.START,
                LumoUtility.Gap.XSMALL, "desk-news");
        if (news == null || !news.anythingNew()) {
            var nothing = new Span(owner.getTranslation("desk.reviews.nothingNew"));
            nothing.addClassNames(LumoUtility.TextColor.SECONDARY);
            cell.add(nothing);
            return cell;
        }
        var badges = new Div();
        badges.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL);
        if (news.lastLooked() == null) {
            badges.add(new Badge(owner.getTranslation("desk.reviews.notOpened"), Badge.Tone.INFO));
        } else if (news.newVersions() > 0) {
            badges.add(new Badge(owner.getTranslation("desk.reviews.newVersions", news.newVersions()), Badge.Tone.INFO));
        }
        if (news.newReplies() > 0) {
            badges.add(new Badge(owner.getTranslation("desk.reviews.newReplies", news.newReplies()), Badge.Tone.INFO));
        }
        cell.add(badges);
        if (news.latestReply() != null) {
            // the name and the reply may each be in either script: each is isolated with its own direction
            var by = new Span(news.latestReplyBy() + ":");
            by.getElement().setAttribute("dir", "auto");
            by.addClassNames(LumoUtility.FontWeight.MEDIUM);
            var line = new Span(news.latestReply());
            line.getElement().setAttribute("dir", "auto");
            var latest = new Span(by, new com.vaadin.flow.component.Text(" "), line);
            latest.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, "desk-latest-reply");
            cell.add(latest);
        }
        return cell;
    }

    private static java.util.Locale locale(Component owner) {
        return owner.getUI().map(com.vaadin.flow.component.UI::getLocale)
                .orElseGet(() -> com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.ENGLISH
                        : com.vaadin.flow.component.UI.getCurrent().getLocale());
    }

    private static String translated(Component c, String key, String fallback) {
        var text = c.getTranslation(key);
        return text == null || text.isBlank() || text.equals(key) || text.contains(key) ? fallback : text;
    }
}
