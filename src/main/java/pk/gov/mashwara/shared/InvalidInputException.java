package pk.gov.mashwara.shared;

/**
 * Input that cannot be accepted as given; nothing has been changed. When the refusal is about one field of a
 * form, {@link #field()} names it, so that a form can show the message under that field.
 */
public class InvalidInputException extends UserFacingException {

    private final String field;

    public InvalidInputException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    /** A refusal of the value of one field, by the name the service takes it under ({@code reviewDeadline}). */
    public static InvalidInputException onField(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(field, messageKey, arguments);
    }

    /** The field the refusal is about, or null when it is not about one field. */
    public String field() {
        return field;
    }
}
