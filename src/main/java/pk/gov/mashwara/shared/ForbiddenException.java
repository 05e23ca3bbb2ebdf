package pk.gov.mashwara.shared;

/**
 * The user may see the thing but not do this to it (e.g. change another's comment): the API answers 403, the
 * UI says why in the user's language.
 */
public class ForbiddenException extends UserFacingException {

    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
