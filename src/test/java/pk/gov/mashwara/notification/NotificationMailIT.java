package pk.gov.mashwara.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.notification.NotificationTestSupport.email;
import static pk.gov.mashwara.notification.NotificationTestSupport.mention;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

/**
 * E-mail through a real SMTP server (GreenMail): who gets it, what it says, and what a dead server changes. This
 * configuration is a context of its own; it extracts no text, because its extractor would share the test
 * database with the other contexts' and take their jobs without having their files.
 */
@SpringBootTest(properties = { "spring.mail.host=localhost", "spring.mail.port=3025",
        "mashwara.base-url=https://mashwara.example.gov.pk/portal", "mashwara.mail.from=portal@mashwara.test",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=2000",
        "mashwara.extraction.enabled=false" })
@Import({ Fixtures.class, NotificationTestSupport.class })
class NotificationMailIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    NotificationService notifications;

    @Autowired
    DirectoryService directory;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    NotificationTestSupport support;

    @Autowired
    pk.gov.mashwara.routing.RoutingService routing;

    @Autowired
    pk.gov.mashwara.draft.DraftService drafts;

    @Test
    void mail_goes_only_to_users_who_want_it_and_have_an_address_with_subject_message_and_absolute_link() throws Exception {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var wantsAddress = email();
        var optedOutAddress = email();
        var wants = support.userWithEmail("PTA", wantsAddress, Role.COMMITTEE_OFFICER);
        var optedOut = support.userWithEmail("PTA", optedOutAddress, Role.COMMITTEE_DRAFTER);
        var noAddress = support.userWithEmail("PTA", null, Role.COMMITTEE_DRAFTER);
        as(optedOut, () -> notifications.updatePreferences(new EmailPreferences(Set.of(NotificationKind.REPLY))));
        var draft = fixtures.draft(drafter, unique("Mailed draft"));

        as(drafter, () -> notifications.send(mention(draft.id(), Set.of(wants.id(), optedOut.id(), noAddress.id()),
                "Clause 4 needs a sunset")));

        var mail = awaitMailTo(wantsAddress);
        assertThat(mail.getSubject()).isEqualTo("Mashwara: Amina Khan mentioned you on “A draft title”");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("portal@mashwara.test");
        var body = (String) mail.getContent();
        assertThat(body).contains("Amina Khan mentioned you on “A draft title”", "“Clause 4 needs a sunset”",
                "https://mashwara.example.gov.pk/portal/drafts/" + draft.id() + "/versions/1/read?thread=5");
        // Every recipient has it in the portal, whatever comes by e-mail
        for (var user : new MashwaraUser[] { wants, optedOut, noAddress }) {
            assertThat(as(user, () -> notifications.unreadCount())).isEqualTo(1);
        }
        Thread.sleep(1000);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(NotificationMailIT::recipient))
                .doesNotContain(optedOutAddress).containsOnlyOnce(wantsAddress);
        assertThat(as(wants, () -> notifications.emailAvailability())).isEqualTo(EmailAvailability.AVAILABLE);
        assertThat(as(noAddress, () -> notifications.emailAvailability())).isEqualTo(EmailAvailability.NO_ADDRESS);
    }

    @Test
    void mail_is_in_the_recipients_language_and_new_versions_are_not_mailed_by_default() throws Exception {
        var drafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var urduAddress = email();
        var urdu = support.userWithEmail("MOIB", urduAddress, Role.COMMITTEE_OFFICER);
        as(urdu, () -> directory.changeMyLanguage("ur"));
        var draft = fixtures.draft(drafter, unique("Urdu mail"));

        as(drafter, () -> notifications.send(new Notice(NotificationKind.NEW_VERSION, Set.of(urdu.id()), draft.id(),
                null, "Bilal", "Title", "v2", "drafts/" + draft.id())));
        as(drafter, () -> notifications.send(new Notice(NotificationKind.REPLY, Set.of(urdu.id()), draft.id(), 3L,
                "Bilal", "مسودہ", "جی", "drafts/" + draft.id())));

        var mail = awaitMailTo(urduAddress);
        // names and titles are isolated (and the message in the subject), so that an English name keeps its place
        assertThat(mail.getSubject())
                .isEqualTo("مشورہ: \u2068\u2068Bilal\u2069 نے “\u2068مسودہ\u2069” پر آپ کے تھریڈ کا جواب دیا\u2069");
        assertThat((String) mail.getContent()).contains("پورٹل میں کھولیں");
        Thread.sleep(1000);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> urduAddress.equals(recipient(m))))
                .hasSize(1);
        assertThat(as(urdu, () -> notifications.unreadCount())).isEqualTo(2);
    }

    @Test
    void a_dead_smtp_server_loses_no_notification_and_the_mail_goes_out_when_retried() throws Exception {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var officerAddress = email();
        var officer = support.userWithEmail("PEMRA", officerAddress, Role.COMMITTEE_OFFICER);
        var draft = fixtures.draft(drafter, unique("SMTP down"));
        smtp.stop();

        as(drafter, () -> notifications.send(mention(draft.id(), Set.of(officer.id()), "while the server is down")));

        assertThat(as(officer, () -> notifications.mine(0, 5))).singleElement()
                .satisfies(n -> assertThat(n.excerpt()).isEqualTo("while the server is down"));
        var id = as(officer, () -> notifications.mine(0, 1)).get(0).id();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where event_type like '%EmailDue' and status = 'FAILED'"
                        + " and serialized_event like ?", Integer.class, "%\"notificationId\":" + id + "}%") == 1);

        smtp.start();
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof pk.gov.mashwara.notification.mail.EmailDue due
                && due.notificationId() == id);

        var mail = awaitMailTo(officerAddress);
        assertThat((String) mail.getContent()).contains("while the server is down");
    }

    @Test
    void whoever_a_moved_draft_now_waits_for_is_told_and_mailed_by_default_though_not_following_it()
            throws Exception {
        var drafter = fixtures.user("CABINET", Role.COMMITTEE_DRAFTER);
        var officerAddress = email();
        var officer = support.userWithEmail("CABINET", officerAddress, Role.COMMITTEE_OFFICER);
        var otherDrafterAddress = email();
        var otherDrafter = support.userWithEmail("CABINET", otherDrafterAddress, Role.COMMITTEE_DRAFTER);
        var draft = fixtures.draft(drafter, unique("Waits for the officer"));

        as(drafter, () -> routing.act(draft.id(), "put-up", drafts.get(draft.id()).version(), null));

        var mail = awaitMailTo(officerAddress);
        assertThat(mail.getSubject()).contains("Test " + drafter.getUsername(), "Awaiting committee approval",
                "waits for you");
        assertThat(as(officer, () -> notifications.mine(0, 5))).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.AWAITING_YOU);
            assertThat(n.link()).isEqualTo("drafts/" + draft.id());
        });
        // the step waits for the committee's officers, not for its other drafters, and not for the one who acted
        Thread.sleep(1000);
        assertThat(as(otherDrafter, () -> notifications.unreadCount())).isZero();
        assertThat(as(drafter, () -> notifications.unreadCount())).isZero();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(NotificationMailIT::recipient))
                .doesNotContain(otherDrafterAddress).containsOnlyOnce(officerAddress);
    }

    private static MimeMessage awaitMailTo(String address) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> address.equals(recipient(m))).findFirst().orElse(null), m -> m != null);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
