package pk.gov.mashwara.shared;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path under {@code /api} that names nothing is a JSON 404 like every other API error, not an HTML page.
 * (Vaadin is told to leave {@code /api/**} alone, so such a request reaches Spring MVC's resource handling.)
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiNotFoundHandler {

    private final Clock clock;

    ApiNotFoundHandler(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> notFound(NoResourceFoundException e, HttpServletRequest request) throws NoResourceFoundException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(404, "not_found", "There is no such API endpoint. The API is described at /api/docs.",
                        request.getRequestURI(), Instant.now(clock)));
    }
}
