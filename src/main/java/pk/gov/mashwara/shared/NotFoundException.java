package pk.gov.mashwara.shared;

/**
 * The thing asked for does not exist, or the user may not know that it exists: hidden drafts are reported as
 * missing so that their existence does not leak.
 */
public class NotFoundException extends UserFacingException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
