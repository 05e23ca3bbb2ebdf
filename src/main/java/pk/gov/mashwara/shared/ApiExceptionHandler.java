package pk.gov.mashwara.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns every failure of a REST controller into an {@link ApiError}. Unexpected failures are logged with a
 * reference that the message quotes, so that support can find them without the client seeing internals.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Clock clock;

    ApiExceptionHandler(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e, HttpServletRequest request) {
        return error(HttpStatus.NOT_FOUND, "not_found", e.getMessage(), request);
    }

    @ExceptionHandler(RefusedFileException.class)
    ResponseEntity<ApiError> refused(RefusedFileException e, HttpServletRequest request) {
        var status = switch (e.reason()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case TYPE_NOT_ALLOWED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.BAD_REQUEST;
        };
        return error(status, "file_refused", e.getMessage(), request);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalid(InvalidInputException e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "invalid_input", e.getMessage(), e.field(), request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e, HttpServletRequest request) {
        return error(HttpStatus.CONFLICT, "conflict", e.getMessage(), request);
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ApiError> refusal(UserFacingException e, HttpServletRequest request) {
        var status = HttpStatus.valueOf(e.httpStatus());
        var code = status.is5xxServerError() ? "unavailable" : status == HttpStatus.FORBIDDEN ? "forbidden"
                : status == HttpStatus.TOO_MANY_REQUESTS ? "busy" : "invalid_input";
        var response = error(status, code, e.getMessage(), request);
        var retryAfter = e.retryAfter();
        if (retryAfter == null) {
            return response;
        }
        // e.g. the search index being rebuilt: when to ask again, in whole seconds rounded up (RFC 9110)
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000)))
                .body(response.getBody());
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ApiError> concurrentChange(HttpServletRequest request) {
        return error(HttpStatus.CONFLICT, "conflict",
                "Someone else changed this draft at the same moment. Reload it and try again.", request);
    }

    /** A lock the database could not grant in time, or a deadlock it broke: nothing was changed; trying again works. */
    @ExceptionHandler(org.springframework.dao.PessimisticLockingFailureException.class)
    ResponseEntity<ApiError> busy(HttpServletRequest request) {
        return error(HttpStatus.CONFLICT, "conflict",
                "Someone else was changing this at the same moment, so nothing was changed. Try again.", request);
    }

    @ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
    ResponseEntity<ApiError> denied(RuntimeException e, HttpServletRequest request) {
        return error(HttpStatus.FORBIDDEN, "forbidden",
                "You are not allowed to do this. " + (e instanceof AccessDeniedException && e.getMessage() != null
                        && !e.getMessage().startsWith("Access Denied") ? e.getMessage() : ""),
                request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(HttpServletRequest request) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "file_refused",
                "The upload is larger than the portal accepts.", request);
    }

    @ExceptionHandler({ MissingServletRequestPartException.class, MissingServletRequestParameterException.class,
            MultipartException.class, MethodArgumentTypeMismatchException.class })
    ResponseEntity<ApiError> badRequest(Exception e, HttpServletRequest request) {
        var message = switch (e) {
            case MissingServletRequestPartException m -> "The request has no part named '" + m.getRequestPartName() + "'.";
            case MissingServletRequestParameterException m -> "The parameter '" + m.getParameterName() + "' is required.";
            // a rule of the portal broken while the value was read (a date out of range, a NUL) says which
            case MethodArgumentTypeMismatchException m -> UserFacingException.causing(m).map(Exception::getMessage)
                    .orElse("The value of '" + m.getName() + "' is not valid.");
            // the container could not read the parts: a header it refuses, such as a file name with control
            // characters (NUL, ESC), ends here before the portal sees the file
            default -> "The request is not a valid multipart upload: its parts could not be read (a file name with "
                    + "control characters, for example, cannot be sent). Nothing was stored.";
        };
        var field = switch (e) {
            case MissingServletRequestPartException m -> m.getRequestPartName();
            case MissingServletRequestParameterException m -> m.getParameterName();
            case MethodArgumentTypeMismatchException m -> m.getName();
            default -> null;
        };
        return error(HttpStatus.BAD_REQUEST, "invalid_input", message, field, request);
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadableBody(org.springframework.http.converter.HttpMessageNotReadableException e,
            HttpServletRequest request) {
        // a rule of the portal (JsonInputRules) broken by a field: its own message names the field
        var cause = UserFacingException.causing(e);
        return error(HttpStatus.BAD_REQUEST, "invalid_input", cause.map(Exception::getMessage)
                .orElse("The request body is not valid JSON of the expected form; see the API description at /api/docs."),
                cause.map(ApiExceptionHandler::fieldOf).orElse(null), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        var supported = e.getSupportedMediaTypes();
        var expected = supported.isEmpty() ? "multipart/form-data" : supported.getFirst().toString();
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "invalid_input",
                "This endpoint expects a " + expected + " request.", request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> methodNotAllowed(HttpServletRequest request) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "This method is not supported here.",
                request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
        var reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected API failure {} on {} {}", reference, request.getMethod(), request.getRequestURI(), e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
                "Something went wrong on our side; nothing was changed. Quote reference " + reference
                        + " to the administrator.",
                request);
    }

    private ResponseEntity<ApiError> error(HttpStatus status, String code, String message, HttpServletRequest request) {
        return error(status, code, message, null, request);
    }

    private ResponseEntity<ApiError> error(HttpStatus status, String code, String message, String field,
            HttpServletRequest request) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), code, message.strip(), request.getRequestURI(), Instant.now(clock),
                        field));
    }

    private static String fieldOf(UserFacingException e) {
        return e instanceof InvalidInputException invalid ? invalid.field() : null;
    }
}
