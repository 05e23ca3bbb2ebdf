package pk.gov.mashwara.notification;

import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.systemAdministrator;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.directory.UserForm;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

/** Users with e-mail addresses, and notices, for the notification tests. Import with {@code @Import}. */
@TestComponent
public class NotificationTestSupport {

    private final DirectoryService directory;
    private final Fixtures fixtures;

    public NotificationTestSupport(DirectoryService directory, Fixtures fixtures) {
        this.directory = directory;
        this.fixtures = fixtures;
    }

    /** A new user of the committee with an e-mail address (null for none). */
    public MashwaraUser userWithEmail(String committeeCode, String email, Role role) {
        var username = "n" + UUID.randomUUID().toString().substring(0, 12);
        as(systemAdministrator(), () -> directory.createUser(new UserForm(username, "Person " + username, email,
                fixtures.committee(committeeCode), EnumSet.of(role), true, Fixtures.PASSWORD)));
        return fixtures.load(username);
    }

    public static String email() {
        return "u" + UUID.randomUUID().toString().substring(0, 12) + "@mashwara.test";
    }

    public static Notice mention(long draftId, Set<Long> recipients, String excerpt) {
        return new Notice(NotificationKind.MENTION, recipients, draftId, 5L, "Amina Khan", "A draft title", excerpt,
                "drafts/" + draftId + "/versions/1/read?thread=5");
    }
}
