package pk.gov.mashwara.draft;

/**
 * Takes a routing action on a draft under the routing rules (implemented by the routing module). The draft
 * module's own transitions (put up, submit, return, open the review) go through it, so that every move of a
 * draft follows the one rule book, whoever asks for it.
 */
public interface DraftRouter {

    /**
     * Takes {@code action} (a name from the rules, e.g. {@code put-up}) on the draft as the signed-in user.
     *
     * @param expectedVersion the draft's version as the user saw it: if someone acted meanwhile, the action is
     *                        refused, naming who acted and when
     * @param reason          the reason, for actions that ask for one
     */
    DraftDetails act(long draftId, String action, long expectedVersion, String reason);

    /**
     * The same with what else the action asks for, by name (e.g. {@code reviewDeadline} for {@code open-review}).
     */
    DraftDetails act(long draftId, String action, long expectedVersion, String reason,
            java.util.Map<String, String> details);
}
