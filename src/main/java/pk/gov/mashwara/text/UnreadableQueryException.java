package pk.gov.mashwara.text;

import pk.gov.mashwara.shared.UserFacingException;

/**
 * A query whose words cannot be read (unbalanced quotes or brackets, a lone operator, …): the reader then shows
 * the text unmarked, with a word why.
 */
public class UnreadableQueryException extends UserFacingException {

    public UnreadableQueryException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
