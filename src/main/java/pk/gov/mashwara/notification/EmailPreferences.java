package pk.gov.mashwara.notification;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of notification a user also wants by e-mail (the others appear in the portal only). */
public record EmailPreferences(Set<NotificationKind> byEmail) {

    public EmailPreferences {
        byEmail = byEmail == null || byEmail.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(byEmail));
    }

    public boolean wants(NotificationKind kind) {
        return byEmail.contains(kind);
    }
}
