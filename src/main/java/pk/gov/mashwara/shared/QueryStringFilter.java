package pk.gov.mashwara.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place where the parameters of a request are checked before anything reads them: a query string (and a
 * form body) must be UTF-8 percent-encoding without NUL ({@link QueryStrings}). The web server would otherwise
 * fail in the middle of a controller on the first parameter read (a 500), or hand on a value with the broken
 * bytes replaced. A refusal is a 400 with the API's JSON error under {@code /api}, and plain text in English and
 * Urdu elsewhere. It runs before security, so that no part of the portal reads such a request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class QueryStringFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var problem = QueryStrings.problem(request.getQueryString());
        if (problem == null && isForm(request)) {
            problem = formProblem(request);
        }
        if (problem != null) {
            refuse(request, response, problem);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Form bodies are decoded by the web server itself; a broken one fails when its parameters are first read. */
    private static QueryStrings.Problem formProblem(HttpServletRequest request) {
        try {
            for (var entry : request.getParameterMap().entrySet()) {
                for (var value : entry.getValue()) {
                    if (InputRules.problem(entry.getKey()) != null || InputRules.problem(value) != null) {
                        return new QueryStrings.Problem("error.api.nul", entry.getKey().replace("\u0000", ""));
                    }
                }
            }
            return null;
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Tomcat's InvalidParameterException: a parameter it could not decode
            return new QueryStrings.Problem("error.api.encoding", "…");
        }
    }

    private static boolean isForm(HttpServletRequest request) {
        var type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, QueryStrings.Problem problem)
            throws IOException {
        var uri = request.getRequestURI();
        if (uri.startsWith(request.getContextPath() + "/api/") || uri.equals(request.getContextPath() + "/api")) {
            ApiErrors.write(response, 400, "invalid_input",
                    Messages.get(Locale.ENGLISH, problem.messageKey(), problem.parameter()), uri);
            return;
        }
        // A page of the portal: the visitor's language is not known yet, so both
        response.setStatus(400);
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Messages.get(Locale.ENGLISH, problem.messageKey(), problem.parameter()) + "\n\n"
                + Messages.get(Messages.URDU, problem.messageKey(), problem.parameter()) + "\n");
    }
}
