package pk.gov.mashwara.shared;

import java.util.Locale;

/**
 * A refusal the user can act on. It carries a message key of the translation bundle and its arguments, so
 * that the UI can show it in the user's language and the API in English; {@link #getMessage()} is English.
 */
public abstract class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected UserFacingException(String messageKey, Object... arguments) {
        super(Messages.get(Locale.ENGLISH, messageKey, arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The HTTP status the API answers with when nothing more specific applies. */
    public int httpStatus() {
        return 400;
    }

    public String localizedMessage(Locale locale) {
        return Messages.get(locale, messageKey, arguments);
    }
}
