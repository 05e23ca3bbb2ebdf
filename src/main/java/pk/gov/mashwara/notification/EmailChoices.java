package pk.gov.mashwara.notification;

import java.util.EnumSet;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.notification.domain.EmailPreference;
import pk.gov.mashwara.notification.domain.EmailPreferenceRepository;
import pk.gov.mashwara.notification.mail.MailSettings;

/** Each user's e-mail choices: stored rows over the defaults, and whether mail can reach them at all. */
@Component
class EmailChoices {

    private final EmailPreferenceRepository preferences;
    private final People people;
    private final MailSettings mail;

    EmailChoices(EmailPreferenceRepository preferences, People people, MailSettings mail) {
        this.preferences = preferences;
        this.people = people;
        this.mail = mail;
    }

    EmailPreferences of(long userId) {
        var kinds = EnumSet.noneOf(NotificationKind.class);
        kinds.addAll(NotificationKind.emailedByDefault());
        for (var row : preferences.findByUserId(userId)) {
            if (row.isEnabled()) {
                kinds.add(row.getKind());
            } else {
                kinds.remove(row.getKind());
            }
        }
        return new EmailPreferences(kinds);
    }

    /** Every kind is stored explicitly, so that a later change of the defaults does not change a user's choice. */
    void save(long userId, EmailPreferences chosen) {
        var stored = preferences.findByUserId(userId);
        for (var kind : NotificationKind.values()) {
            var row = stored.stream().filter(p -> p.getKind() == kind).findFirst();
            if (row.isPresent()) {
                row.get().setEnabled(chosen.wants(kind));
            } else {
                preferences.save(new EmailPreference(userId, kind, chosen.wants(kind)));
            }
        }
    }

    EmailAvailability availability(long userId) {
        if (!mail.configured()) {
            return EmailAvailability.NOT_CONFIGURED;
        }
        var email = people.byId(userId).map(u -> u.email()).orElse(null);
        return email == null || email.isBlank() ? EmailAvailability.NO_ADDRESS : EmailAvailability.AVAILABLE;
    }

    /** Whether a notification of this kind should also go to the user by e-mail now. */
    boolean emailWanted(long userId, NotificationKind kind) {
        return availability(userId) == EmailAvailability.AVAILABLE && of(userId).wants(kind);
    }
}
