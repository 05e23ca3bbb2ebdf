package pk.gov.mashwara.search;

import pk.gov.mashwara.text.UnreadableQueryException;

/**
 * A query the search cannot understand (unbalanced quotes or brackets, a lone operator, …); the reader, marking a
 * search's matches, takes it as a query it cannot read.
 */
public class InvalidQueryException extends UnreadableQueryException {

    public InvalidQueryException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
