package pk.gov.mashwara.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;

/**
 * A small HTTP client for the running application: HTTP Basic, multipart uploads written byte for byte (so that
 * a test controls exactly what the server receives, hostile file names included), and JSON read with JsonPath.
 */
public final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;
    private final String base;
    private final String forwardedFor;

    public ApiClient(int port) {
        this(port, null);
    }

    private ApiClient(int port, String forwardedFor) {
        this.port = port;
        this.base = "http://localhost:" + port;
        this.forwardedFor = forwardedFor;
    }

    /** A client whose requests say, as a proxy would, that they come from {@code address} (X-Forwarded-For). */
    public ApiClient forwardedFor(String address) {
        return new ApiClient(port, address);
    }

    public record Credentials(String username, String password) {

        String header() {
            return "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    public record Response(int status, java.net.http.HttpHeaders headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public <T> T json(String path) {
            return JsonPath.read(text(), path);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** One part of a multipart body; {@code fileName} null for a plain field. */
    public record Part(String name, String fileName, String contentType, byte[] content) {

        public static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * A file part. The name goes into the header as a quoted string with {@code "} and {@code \} escaped, the
         * way RFC 2616 quotes them; other characters (line breaks excepted) are sent as UTF-8, as browsers do.
         */
        public static Part file(String fileName, String contentType, byte[] content) {
            return new Part("file", fileName, contentType, content);
        }
    }

    public static Credentials as(String username) {
        return new Credentials(username, Fixtures.PASSWORD);
    }

    public Response get(String path, Credentials credentials) {
        return send(request(path, credentials).GET());
    }

    /** A GET asking for a language first ({@code Accept-Language}), as an Urdu user's client does. */
    public Response get(String path, String language, Credentials credentials) {
        return send(request(path, credentials).header("Accept-Language", language).GET());
    }

    public Response postForm(String path, Map<String, String> fields, Credentials credentials) {
        var body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, credentials).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response postJson(String path, String json, Credentials credentials) {
        return send(request(path, credentials).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response putJson(String path, String json, Credentials credentials) {
        return send(request(path, credentials).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postMultipart(String path, List<Part> parts, Credentials credentials) {
        var boundary = "----mashwara-test-" + UUID.randomUUID();
        return send(request(path, credentials).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, parts))));
    }

    /** The fields of a new draft, with a file; add or replace parts as a test needs. */
    public static List<Part> newDraft(String title, String committee, String kind, Part file) {
        var parts = new ArrayList<Part>();
        parts.add(Part.field("title", title));
        parts.add(Part.field("committee", committee));
        parts.add(Part.field("kind", kind));
        parts.add(Part.field("legalBasis", "Section 37 of PECA 2016"));
        parts.add(Part.field("financialImplications", "false"));
        if (file != null) {
            parts.add(file);
        }
        return parts;
    }

    private HttpRequest.Builder request(String path, Credentials credentials) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        if (credentials != null) {
            builder.header("Authorization", credentials.header());
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] multipart(String boundary, List<Part> parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            write(out, "--" + boundary + "\r\n");
            var disposition = "Content-Disposition: form-data; name=\"" + part.name() + "\"";
            if (part.fileName() != null) {
                disposition += "; filename=\"" + part.fileName().replace("\\", "\\\\").replace("\"", "\\\"")
                        .replace("\r", "%0D").replace("\n", "%0A") + "\"";
            }
            write(out, disposition + "\r\n");
            if (part.contentType() != null) {
                write(out, "Content-Type: " + part.contentType() + "\r\n");
            }
            write(out, "\r\n");
            out.writeBytes(part.content());
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
