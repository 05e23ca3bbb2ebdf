package pk.gov.mashwara.shared;

import java.io.IOException;
import java.util.Locale;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The web server's own error report, for what it refuses before the portal sees the request (a path that is not
 * valid percent-encoding or holds {@code %00} or {@code %2F}): under {@code /api} the API's JSON error, elsewhere
 * the server's short page as before. It replaces the report Spring Boot installs, with the same settings (no
 * server version, no stack trace).
 */
public class ApiErrorReportValve extends ErrorReportValve {

    public ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        var uri = request.getRequestURI();
        int status = response.getStatus();
        if (uri == null || !(uri.startsWith("/api/") || uri.equals("/api")) || status < 400) {
            super.report(request, response, throwable);
            return;
        }
        if (response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var code = switch (status) {
            case 400 -> "invalid_input";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            default -> status >= 500 ? "internal_error" : "error";
        };
        var message = status == 400 ? Messages.get(Locale.ENGLISH, "error.api.path")
                : Messages.get(Locale.ENGLISH, "error.api.status", status);
        try {
            response.setSuspended(false);
            response.resetBuffer();
            ApiErrors.write(response, status, code, message, uri);
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the answer was already sent: nothing more to say
        }
    }

    /**
     * Installs the report on the server's host, after (so inside) the default one Spring Boot adds, so that this one
     * answers first. The host is told its report is this class, so that it adds no default of its own at start.
     */
    @Component
    static class Installer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                var host = context.getParent();
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ApiErrorReportValve.class.getName());
                }
                host.getPipeline().addValve(new ApiErrorReportValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
