package pk.gov.mashwara.desk.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;

import pk.gov.mashwara.desk.DeskItem;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.DraftCells;

/** The cells of the desk's lists, in the reader's language. */
final class DeskCells {

    private DeskCells() {
    }

    /** The draft's title, diary number, committee and priority flag ({@link DraftCells#title}). */
    static LitRenderer<DeskItem> title(Component owner) {
        return DraftCells.title(owner, DeskItem::title, DeskItem::diaryNumber, DeskItem::committeeCode, DeskItem::priority);
    }

    /** The draft's state, as a badge. */
    static LitRenderer<DeskItem> state(Component owner) {
        return DraftCells.badge(d -> owner.getTranslation("draftStatus." + d.status().name()), Badge.Tone.INFO);
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
    static LitRenderer<DeskItem> lateness(Component owner) {
        return DraftCells.lateness(owner, DeskItem::overdue, DeskItem::daysOverdue, d -> d.deadline() != null);
    }

    /** The day the review window closes (the exact time on hovering) and how many days are left, or that none is set. */
    static LitRenderer<DeskItem> reviewDeadline(Component owner) {
        return LitRenderer.<DeskItem>of("""
                ${item.day ? html`<div class="flex flex-col items-start gap-xs"><span title="${item.exactly}">${item.day}</span>\
                <span class="badge badge-${item.tone}">${item.left}</span></div>` : html`<span>${item.none}</span>`}""")
                .withProperty("day", d -> deadline(d) == null ? "" : Formats.date(deadline(d), locale(owner)))
                .withProperty("exactly", d -> deadline(d) == null ? "" : Formats.dateTime(deadline(d), locale(owner)))
                .withProperty("left", d -> deadline(d) == null ? "" : daysLeft(d) <= 0
                        ? owner.getTranslation("desk.reviews.closesToday")
                        : owner.getTranslation("desk.reviews.daysLeft", daysLeft(d)))
                .withProperty("tone", d -> daysLeft(d) <= 2 ? "warning" : "neutral")
                .withProperty("none", d -> deadline(d) == null ? owner.getTranslation("desk.reviews.noDeadline") : "");
    }

    private static java.time.Instant deadline(DeskItem d) {
        return d.review() == null ? null : d.review().reviewDeadline();
    }

    private static long daysLeft(DeskItem d) {
        return d.review() == null || d.review().daysLeft() == null ? 0 : d.review().daysLeft();
    }

    /**
     * What is new since the member last looked: new versions, replies in their threads with the latest, whose name
     * and text may each be in either script (each keeps its own direction).
     */
    static LitRenderer<DeskItem> news(Component owner) {
        return LitRenderer.<DeskItem>of("""
                <div class="flex flex-col items-start gap-xs desk-news">${item.news.length === 0
                ? html`<span class="text-secondary">${item.nothing}</span>`
                : html`<div class="flex flex-wrap gap-xs">${item.news.map(n => html`<span class="badge badge-info">${n}</span>`)}</div>\
                ${item.by ? html`<span class="text-s text-secondary desk-latest-reply"><span class="font-medium" \
                dir="auto">${item.by}</span> <span dir="auto">${item.reply}</span></span>` : ''}`}</div>""")
                .withProperty("news", d -> newsBadges(owner, d))
                // no news exactly when nothing is new: told from the flag, not by working the news out twice a row
                .withProperty("nothing", d -> d.review() == null || !d.review().anythingNew()
                        ? owner.getTranslation("desk.reviews.nothingNew") : "")
                .withProperty("by", d -> latest(d) ? d.review().latestReplyBy() + ":" : "")
                .withProperty("reply", d -> latest(d) ? d.review().latestReply() : "");
    }

    private static boolean latest(DeskItem d) {
        return d.review() != null && d.review().anythingNew() && d.review().latestReply() != null;
    }

    private static java.util.List<String> newsBadges(Component owner, DeskItem d) {
        var news = d.review();
        if (news == null || !news.anythingNew()) {
            return java.util.List.of();
        }
        var badges = new java.util.ArrayList<String>();
        if (news.lastLooked() == null) {
            badges.add(owner.getTranslation("desk.reviews.notOpened"));
        } else if (news.newVersions() > 0) {
            badges.add(owner.getTranslation("desk.reviews.newVersions", news.newVersions()));
        }
        if (news.newReplies() > 0) {
            badges.add(owner.getTranslation("desk.reviews.newReplies", news.newReplies()));
        }
        return badges;
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
