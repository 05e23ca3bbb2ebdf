package pk.gov.mashwara.review;

import pk.gov.mashwara.security.Role;

/**
 * Someone who acted on a thread, as a reader should see them: by name and office, not by user id.
 *
 * @param name          the display name; the user id when the account is gone
 * @param committeeCode the committee the person acts for; null when none
 * @param role          the office they act in (the most senior of their roles); null when unknown
 */
public record Person(String username, String name, String committeeCode, Role role) {

    /** Someone known only by user id (an account since removed). */
    public static Person unknown(String username) {
        return new Person(username, username, null, null);
    }
}
