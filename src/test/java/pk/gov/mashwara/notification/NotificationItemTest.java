package pk.gov.mashwara.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.shared.Messages;

class NotificationItemTest {

    private static NotificationItem item(NotificationKind kind, String excerpt) {
        return new NotificationItem(1, kind, 7L, 12L, "Amina Khan", "Rules 2026", excerpt, "drafts/7", Instant.now(), false);
    }

    @Test
    void every_kind_is_worded_in_english_and_urdu() {
        for (var kind : NotificationKind.values()) {
            for (var locale : Messages.SUPPORTED) {
                var message = item(kind, "SUBMITTED").message(locale);
                assertThat(message).as(kind + " in " + locale).doesNotStartWith("notification.kind.")
                        .contains("Rules 2026");
                assertThat(Messages.get(locale, "notificationKind." + kind.name())).doesNotStartWith("notificationKind.");
            }
        }
    }

    @Test
    void a_mention_names_who_and_where_in_the_readers_language() {
        assertThat(item(NotificationKind.MENTION, "quote").message(Locale.ENGLISH))
                .isEqualTo("Amina Khan mentioned you on “Rules 2026”");
        assertThat(item(NotificationKind.MENTION, "quote").message(Messages.URDU))
                // the English name and title are isolated, so that the Urdu line keeps them whole and in place
                .isEqualTo("\u2068Amina Khan\u2069 نے “\u2068Rules 2026\u2069” پر آپ کا ذکر کیا");
        assertThat(item(NotificationKind.MENTION, "quote").detail()).isEqualTo("quote");
    }

    @Test
    void a_status_change_names_the_new_status_in_the_readers_language_and_has_no_separate_detail() {
        var changed = item(NotificationKind.STATUS_CHANGED, "SUBMITTED");

        assertThat(changed.message(Locale.ENGLISH)).isEqualTo("Amina Khan moved “Rules 2026” to “Submitted to NSMCWG”");
        assertThat(changed.message(Messages.URDU)).contains(Messages.get(Messages.URDU, "draftStatus.SUBMITTED"));
        assertThat(changed.detail()).isNull();
    }
}
