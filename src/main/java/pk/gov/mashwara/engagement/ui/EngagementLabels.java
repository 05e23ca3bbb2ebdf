package pk.gov.mashwara.engagement.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import pk.gov.mashwara.engagement.CommitmentInfo;
import pk.gov.mashwara.engagement.CommitmentStatus;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Bidi;

/** How the engagement pages write days, kinds and a commitment's state. */
final class EngagementLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private EngagementLabels() {
    }

    /** A day, day first, isolated left to right for Urdu pages. */
    static String day(LocalDate day) {
        return day == null ? "—" : Bidi.ltr(DAY.format(day));
    }

    /** The state of a commitment: overdue (with its days), open, done or lapsed. */
    static Badge state(Component owner, CommitmentInfo c) {
        if (c.overdue()) {
            var badge = new Badge(owner.getTranslation("engagement.commitment.overdueDays", c.daysOverdue()),
                    Badge.Tone.ERROR);
            badge.addClassName("commitment-overdue");
            return badge;
        }
        var tone = switch (c.status()) {
            case OPEN -> Badge.Tone.INFO;
            case DONE -> Badge.Tone.SUCCESS;
            case LAPSED -> Badge.Tone.WARNING;
        };
        return new Badge(owner.getTranslation("commitmentStatus." + c.status().name()), tone);
    }

    /** Who owes it: the body's code, or the company's name. */
    static String owner(CommitmentInfo c) {
        return c.ownerCode() == null ? c.company() : Bidi.ltr(c.ownerCode());
    }

    static boolean open(CommitmentInfo c) {
        return c.status() == CommitmentStatus.OPEN;
    }
}
