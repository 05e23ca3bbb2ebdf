package pk.gov.mashwara.shared;

/** An uploaded file was refused (empty, too large, a type the portal does not accept); nothing was stored. */
public class RefusedFileException extends UserFacingException {

    private final Reason reason;

    public enum Reason { EMPTY, TOO_LARGE, TYPE_NOT_ALLOWED, UNREADABLE }

    public RefusedFileException(Reason reason, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
