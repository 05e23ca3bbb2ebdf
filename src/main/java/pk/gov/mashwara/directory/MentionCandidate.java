package pk.gov.mashwara.directory;

/**
 * Someone who can be @mentioned: a user (by username) or a whole committee (by its code).
 *
 * @param handle what follows the {@code @}: a username or a committee code
 * @param label  what people read: the user's display name or the committee's name
 */
public record MentionCandidate(Kind kind, long id, String handle, String label) {

    public enum Kind { USER, COMMITTEE }
}
