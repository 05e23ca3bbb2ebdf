package pk.gov.mashwara.notification.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether e-mail is configured at all ({@code spring.mail.host}), the sender address and the portal's public
 * address, from which the links in e-mails are made absolute.
 */
@Component
public class MailSettings {

    private final boolean configured;
    private final String from;
    private final String baseUrl;

    MailSettings(@Value("${spring.mail.host:}") String host, @Value("${mashwara.mail.from:}") String from,
            @Value("${mashwara.base-url:http://localhost:8080/}") String baseUrl) {
        this.configured = !host.isBlank();
        this.from = from.isBlank() ? "mashwara@localhost" : from.strip();
        this.baseUrl = baseUrl.strip().endsWith("/") ? baseUrl.strip() : baseUrl.strip() + "/";
    }

    public boolean configured() {
        return configured;
    }

    public String from() {
        return from;
    }

    /** A portal route ({@code drafts/7}) as an absolute address. */
    public String absolute(String link) {
        var route = link.startsWith("/") ? link.substring(1) : link;
        return baseUrl + route;
    }
}
