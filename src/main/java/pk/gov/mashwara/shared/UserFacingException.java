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

    /** How long a client should wait before trying again (the API's {@code Retry-After}); null when not known. */
    public java.time.Duration retryAfter() {
        return null;
    }

    /**
     * The refusal a failure carries, when one of its causes is one: e.g. a rule broken while a JSON body or a
     * parameter was read, which the framework wraps in its own exceptions.
     */
    public static java.util.Optional<UserFacingException> causing(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UserFacingException refusal) {
                return java.util.Optional.of(refusal);
            }
        }
        return java.util.Optional.empty();
    }
}
