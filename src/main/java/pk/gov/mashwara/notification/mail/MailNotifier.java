package pk.gov.mashwara.notification.mail;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.notification.domain.NotificationRepository;
import pk.gov.mashwara.shared.Messages;

/**
 * Sends one notification as a plain-text e-mail in the recipient's language. Exists only when an SMTP server
 * is configured. A failure propagates, so the publication stays incomplete and is delivered again on restart.
 */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
class MailNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(MailNotifier.class);

    private final NotificationRepository notifications;
    private final People people;
    private final JavaMailSender sender;
    private final MailSettings settings;

    MailNotifier(NotificationRepository notifications, People people, JavaMailSender sender, MailSettings settings) {
        this.notifications = notifications;
        this.people = people;
        this.sender = sender;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(EmailDue due) {
        var notification = notifications.findById(due.notificationId());
        var recipient = notification.flatMap(n -> people.byId(n.getRecipientId()));
        // The address may have been removed, or the account disabled, since the notification was saved
        if (recipient.isEmpty() || !recipient.get().enabled() || recipient.get().email() == null
                || recipient.get().email().isBlank()) {
            return;
        }
        var item = notification.get().toItem();
        var locale = Locale.of(recipient.get().locale() == null ? "en" : recipient.get().locale());
        var message = item.message(locale);
        var body = new StringBuilder(message).append("\n\n");
        if (item.detail() != null && !item.detail().isBlank()) {
            body.append("“").append(item.detail()).append("”\n\n");
        }
        body.append(Messages.get(locale, "notification.mail.open")).append('\n')
                .append(settings.absolute(item.link())).append("\n\n-- \n")
                .append(Messages.get(locale, "notification.mail.footer"));
        var mail = new SimpleMailMessage();
        mail.setFrom(settings.from());
        mail.setTo(recipient.get().email());
        mail.setSubject(Messages.get(locale, "notification.mail.subject", message));
        mail.setText(body.toString());
        sender.send(mail);
        LOG.debug("Notification {} e-mailed to user {}", item.id(), recipient.get().id());
    }
}
