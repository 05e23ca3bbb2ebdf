package pk.gov.mashwara.shared;

/** Input that cannot be accepted as given; nothing has been changed. */
public class InvalidInputException extends UserFacingException {

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
