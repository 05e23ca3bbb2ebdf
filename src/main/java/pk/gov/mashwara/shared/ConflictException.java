package pk.gov.mashwara.shared;

/** The action does not fit the current state (someone else acted first, or the step is not open). */
public class ConflictException extends UserFacingException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
