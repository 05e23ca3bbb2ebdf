package pk.gov.mashwara.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes an {@link ApiError} where Spring MVC's converters are not at hand: in a servlet filter, in the security
 * chain and in the web server's own error report, before any controller is chosen.
 */
public final class ApiErrors {

    private ApiErrors() {
    }

    static void write(HttpServletResponse response, int status, String code, String message, String path)
            throws IOException {
        write(response, status, code, message, path, Instant.now());
    }

    /** The error as JSON on the response, every character of its texts escaped; {@code timestamp} from the caller's clock. */
    public static void write(HttpServletResponse response, int status, String code, String message, String path,
            Instant timestamp) throws IOException {
        response.setStatus(status);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var writer = response.getWriter();
        writer.write(json(status, code, message, path, timestamp));
        writer.flush();
    }

    static String json(int status, String code, String message, String path, Instant timestamp) {
        return "{\"status\":" + status + ",\"error\":" + quoted(code) + ",\"message\":" + quoted(message)
                + ",\"path\":" + quoted(path) + ",\"timestamp\":" + quoted(timestamp.toString()) + "}";
    }

    /** A JSON string; every character outside printable ASCII escaped, so nothing in it can break a reader. */
    static String quoted(String text) {
        var out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7e || c == '<' || c == '>') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
