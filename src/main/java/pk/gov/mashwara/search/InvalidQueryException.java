package pk.gov.mashwara.search;

import pk.gov.mashwara.shared.UserFacingException;

/** A query the search cannot understand (unbalanced quotes or brackets, a lone operator, …). */
public class InvalidQueryException extends UserFacingException {

    public InvalidQueryException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
