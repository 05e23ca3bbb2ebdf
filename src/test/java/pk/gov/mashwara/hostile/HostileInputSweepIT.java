package pk.gov.mashwara.hostile;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every parameter of every operation of the API, as the API describes itself at {@code /api/openapi}, gets every
 * kind of hostile value: numbers that overflow an int and a long, bytes that are not UTF-8 (and the CESU-8 form of
 * an unpaired surrogate), a NUL, and dates far outside any sane range; JSON body fields of type string, integer and
 * date get the same as JSON (an escaped unpaired surrogate, an escaped NUL, numbers too large), and a body that is
 * not UTF-8. Each request is sent by a user who may call the operation (the first of a few roles not refused with
 * 401 or 403 on a harmless request), so that it reaches the code behind the door.
 * <p>
 * No answer may be a 5xx; every 4xx is the API's JSON error with a message; no JSON answer carries a NUL or an
 * unpaired surrogate in its text. An operation added to the API is swept by itself, from the description.
 * {@code -Dsweep.verbose=true} prints every request with its answer.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputSweepIT {

    /** Hostile values for a path or query parameter, as written in the address (already percent-encoded). */
    static final Map<String, String> IN_ADDRESS = new LinkedHashMap<>();
    /** Hostile values for a multipart form field, as the bytes sent. */
    static final Map<String, byte[]> IN_FORM = new LinkedHashMap<>();
    /** Hostile JSON values by the type of the field they replace. */
    static final Map<String, Map<String, String>> IN_JSON = new LinkedHashMap<>();

    static {
        IN_ADDRESS.put("int overflow", "2147483648");
        IN_ADDRESS.put("long overflow", "99999999999999999999");
        IN_ADDRESS.put("not UTF-8", "%ff");
        IN_ADDRESS.put("overlong UTF-8 NUL", "%C0%80");
        IN_ADDRESS.put("unpaired surrogate (CESU-8)", "%ED%A0%80");
        IN_ADDRESS.put("NUL", "a%00b");
        IN_ADDRESS.put("far-future date", "%2B999999-01-01T00:00:00Z");
        IN_ADDRESS.put("far-past date", "-999999-01-01");

        IN_FORM.put("NUL", new byte[] { 'a', 0, 'b' });
        IN_FORM.put("not UTF-8", new byte[] { 'a', (byte) 0xff, 'b' });
        IN_FORM.put("unpaired surrogate (CESU-8)", new byte[] { 'a', (byte) 0xed, (byte) 0xa0, (byte) 0x80 });
        IN_FORM.put("far-future date", "+999999-01-01T00:00:00Z".getBytes(StandardCharsets.UTF_8));
        IN_FORM.put("long overflow", "99999999999999999999".getBytes(StandardCharsets.UTF_8));

        var text = new LinkedHashMap<String, String>();
        text.put("unpaired surrogate", "\"a \\ud800 b\"");
        text.put("unpaired low surrogate", "\"\\udc00\"");
        text.put("NUL", "\"a \\u0000 b\"");
        text.put("far-future date", "\"+999999-01-01T00:00:00Z\"");
        text.put("far-past date", "\"-999999-01-01\"");
        text.put("long overflow", "\"99999999999999999999\"");
        IN_JSON.put("string", text);
        var number = new LinkedHashMap<String, String>();
        number.put("int overflow", "2147483648");
        number.put("long overflow", "99999999999999999999");
        number.put("huge exponent", "1e400");
        number.put("unpaired surrogate", "\"\\ud800\"");
        IN_JSON.put("integer", number);
        var flag = new LinkedHashMap<String, String>();
        flag.put("NUL", "\"\\u0000\"");
        IN_JSON.put("boolean", flag);
        var list = new LinkedHashMap<String, String>();
        list.put("unpaired surrogate", "[\"\\ud800\"]");
        list.put("NUL", "[\"a\\u0000b\"]");
        IN_JSON.put("array", list);
        var map = new LinkedHashMap<String, String>();
        map.put("unpaired surrogate", "{\"viewText\":\"\\ud800\"}");
        map.put("NUL in a name", "{\"a\\u0000b\":\"x\"}");
        map.put("far-future dates", "{\"meetingDate\":\"+999999-01-20\",\"summaryLodgedOn\":\"+999999-01-01\","
                + "\"gazetteDate\":\"+999999-01-01\",\"decisionDate\":\"+999999-01-01\"}");
        IN_JSON.put("object", map);
    }

    /** Harmless values by parameter or field name; others get "x", 1 or false. */
    static final Map<String, String> HARMLESS = Map.ofEntries(Map.entry("committee", "PTA"),
            Map.entry("kind", "POLICY"), Map.entry("status", "SUBMITTED"), Map.entry("classification", "UNCLASSIFIED"),
            Map.entry("financialImplications", "false"), Map.entry("unread", "false"),
            Map.entry("allVersions", "false"), Map.entry("q", "rules"), Map.entry("from", "1"), Map.entry("to", "2"),
            Map.entry("page", "0"), Map.entry("size", "10"), Map.entry("year", "2026"),
            Map.entry("title", "Sweep draft"), Map.entry("legalBasis", "Section 5 of the Act"),
            Map.entry("action", "put-up"), Map.entry("resolution", "NOTED"), Map.entry("body", "A remark"),
            Map.entry("reason", "A reason"), Map.entry("byEmail", "MENTION"));

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ThreadActions threads;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    /** Who may call what, tried in this order. */
    private final List<MashwaraUser> callers = new ArrayList<>();
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    /** The API description, read once. */
    private JsonNode document;

    record Param(String name, String in, String type) {
    }

    /** One way to call an operation: its body is none, JSON (with its schema) or multipart (with its file parts). */
    record Operation(String method, String path, List<Param> params, JsonNode jsonSchema, List<String> fileParts,
            boolean multipart) {

        @Override
        public String toString() {
            return method + " " + path + (multipart ? " (multipart)" : jsonSchema != null ? " (JSON)" : "");
        }
    }

    record Request(String method, String path, String query, String contentType, byte[] body) {
    }

    record Reply(int status, String contentType, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    void world() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        callers.addAll(List.of(drafter, member, secretary, officer, fixtures.user(null, Role.ADMIN),
                fixtures.user(null, Role.AUDITOR)));
        var draft = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Sweep draft"),
                "The rules of the sweep. A platform shall register within ninety days.");
        var thread = Fixtures.as(member, () -> threads.start(new NewThread(draft.id(), 1, null, "A remark", false)));
        pathValues.put("id", Long.toString(draft.id()));
        pathValues.put("draftId", Long.toString(draft.id()));
        pathValues.put("threadId", Long.toString(thread.id()));
        pathValues.put("commentId", Long.toString(thread.opening().id()));
        pathValues.put("number", "1");
    }

    @Test
    void no_parameter_of_any_endpoint_gets_a_5xx_or_an_answer_that_is_not_json() {
        var operations = operations();
        assertThat(operations).as("operations read from /api/openapi").hasSizeGreaterThan(20);
        var failures = new ArrayList<String>();
        int sent = 0;
        var started = Instant.now();
        var statuses = new java.util.TreeMap<Integer, Integer>();
        for (var operation : operations) {
            var caller = callerFor(operation, failures);
            for (var request : hostile(operation)) {
                var reply = send(request.getValue(), caller);
                sent++;
                statuses.merge(reply.status(), 1, Integer::sum);
                if (Boolean.getBoolean("sweep.verbose")) {
                    System.out.println("SWEEP " + operation + " " + request.getKey() + " as " + caller.getUsername() + " -> "
                            + reply.status() + " " + abbreviate(reply.text()));
                }
                check(operation + " " + request.getKey() + " as " + caller.getUsername(), reply, failures);
            }
        }
        System.out.printf("Hostile input sweep: %d operations, %d requests in %d s, answers by status %s%n",
                operations.size(), sent, Duration.between(started, Instant.now()).toSeconds(), statuses);
        assertThat(failures).as("answers to hostile input that are a 5xx, not JSON, or carry broken text").isEmpty();
        // and the portal still serves
        assertThat(send(new Request("GET", "/api/drafts", null, null, null), callers.getFirst()).status()).isEqualTo(200);
    }

    /** The operations of the API description, one per way of sending a body. */
    private List<Operation> operations() {
        var reply = send(new Request("GET", "/api/openapi", null, null, null), null);
        assertThat(reply.status()).isEqualTo(200);
        var doc = json.readTree(reply.body());
        document = doc;
        assertThat(doc.path("openapi").asString()).as("the API description is JSON").startsWith("3.");
        var operations = new ArrayList<Operation>();
        for (var path : doc.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                var method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
                var op = entry.getValue();
                var params = new ArrayList<Param>();
                for (var p : op.path("parameters")) {
                    var schema = resolve(doc, p.path("schema"));
                    params.add(new Param(p.path("name").asString(), p.path("in").asString(),
                            schema.path("type").asString("object")));
                }
                var content = op.path("requestBody").path("content");
                if (content.has("application/json")) {
                    operations.add(new Operation(method, path.getKey(), params,
                            resolve(doc, content.path("application/json").path("schema")), List.of(), false));
                }
                if (content.has("multipart/form-data")) {
                    var files = new ArrayList<String>();
                    for (var property : content.path("multipart/form-data").path("schema").path("properties").properties()) {
                        files.add(property.getKey());
                    }
                    operations.add(new Operation(method, path.getKey(), params, null, files, true));
                }
                if (content.isMissingNode() || content.isEmpty()) {
                    operations.add(new Operation(method, path.getKey(), params, null, List.of(), false));
                }
            }
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        var ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    /** The first caller not refused at the door on a harmless call. */
    private MashwaraUser callerFor(Operation operation, List<String> failures) {
        var harmless = build(operation, null, null);
        for (var caller : callers) {
            var reply = send(harmless, caller);
            check(operation + " harmless as " + caller.getUsername(), reply, failures);
            if (reply.status() != 401 && reply.status() != 403) {
                return caller;
            }
        }
        return callers.getFirst();
    }

    /** Every hostile request for an operation, by what it tries. */
    private List<Map.Entry<String, Request>> hostile(Operation operation) {
        var requests = new ArrayList<Map.Entry<String, Request>>();
        for (var param : operation.params()) {
            if (operation.multipart() && !"path".equals(param.in())) {
                IN_FORM.forEach((label, bytes) -> requests.add(Map.entry("field " + param.name() + " = " + label,
                        build(operation, param.name(), bytes))));
            } else {
                IN_ADDRESS.forEach((label, value) -> requests.add(Map.entry(param.in() + " " + param.name() + " = " + label,
                        build(operation, param.name(), value))));
            }
        }
        if (operation.jsonSchema() != null) {
            for (var field : fields(operation.jsonSchema(), "")) {
                IN_JSON.getOrDefault(field.getValue(), Map.of()).forEach((label, value) -> requests.add(Map.entry(
                        "JSON " + field.getKey() + " = " + label, jsonRequest(operation, field.getKey(), value))));
            }
            requests.add(Map.entry("JSON body not UTF-8", notUtf8(operation)));
        }
        return requests;
    }

    /** The fields of a JSON schema with their type, nested objects' fields by dotted name (one level). */
    private List<Map.Entry<String, String>> fields(JsonNode schema, String prefix) {
        var fields = new ArrayList<Map.Entry<String, String>>();
        for (var property : schema.path("properties").properties()) {
            var name = prefix + property.getKey();
            var type = property.getValue().path("type").asString("");
            if (property.getValue().has("$ref") && prefix.isEmpty()) {
                fields.addAll(fields(resolve(document, property.getValue()), name + "."));
                continue;
            }
            fields.add(Map.entry(name, type.isEmpty() ? "object" : type));
        }
        return fields;
    }

    /**
     * The operation with harmless values everywhere but one parameter: {@code hostile} is the address value
     * (String) or the form field's bytes (byte[]) for the parameter named {@code target}.
     */
    private Request build(Operation operation, String target, Object hostile) {
        var path = operation.path();
        var query = new ArrayList<String>();
        var form = new LinkedHashMap<String, byte[]>();
        for (var param : operation.params()) {
            var harmless = harmless(param);
            if ("path".equals(param.in())) {
                var value = param.name().equals(target) ? (String) hostile : encode(harmless);
                path = path.replace("{" + param.name() + "}", value);
            } else if (operation.multipart()) {
                form.put(param.name(), param.name().equals(target) ? (byte[]) hostile
                        : harmless.getBytes(StandardCharsets.UTF_8));
            } else if (param.name().equals(target)) {
                query.add(param.name() + "=" + hostile);
            } else if (!"object".equals(param.type())) {
                query.add(param.name() + "=" + encode(harmless));
            }
        }
        var queryString = query.isEmpty() ? null : String.join("&", query);
        if (operation.multipart()) {
            return multipart(operation.method(), path, queryString, form, operation.fileParts());
        }
        if (operation.jsonSchema() != null) {
            return new Request(operation.method(), path, queryString, "application/json",
                    jsonBody(operation.jsonSchema(), null, null).getBytes(StandardCharsets.UTF_8));
        }
        return new Request(operation.method(), path, queryString, null, null);
    }

    private Request jsonRequest(Operation operation, String field, String value) {
        var plain = build(operation, null, null);
        return new Request(plain.method(), plain.path(), plain.query(), "application/json",
                jsonBody(operation.jsonSchema(), field, value).getBytes(StandardCharsets.UTF_8));
    }

    /** A harmless JSON body with the raw JSON {@code value} in {@code field} (dotted for a nested one). */
    private String jsonBody(JsonNode schema, String field, String value) {
        var out = new StringBuilder("{");
        var first = true;
        for (var property : schema.path("properties").properties()) {
            var name = property.getKey();
            String written;
            if (name.equals(field)) {
                written = value;
            } else if (property.getValue().has("$ref")) {
                var nested = field != null && field.startsWith(name + ".") ? field.substring(name.length() + 1) : null;
                if (nested == null) {
                    continue;
                }
                written = jsonBody(resolve(document, property.getValue()), nested, value);
            } else {
                written = harmlessJson(name, property.getValue().path("type").asString("object"));
            }
            out.append(first ? "" : ",").append('"').append(name).append("\":").append(written);
            first = false;
        }
        return out.append('}').toString();
    }

    private Request notUtf8(Operation operation) {
        var plain = build(operation, null, null);
        var body = new ByteArrayOutputStream();
        body.writeBytes("{\"body\":\"a".getBytes(StandardCharsets.UTF_8));
        body.write(0xff);
        body.write(0xfe);
        body.writeBytes("b\",\"reason\":\"c".getBytes(StandardCharsets.UTF_8));
        body.write(0xc0);
        body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        return new Request(plain.method(), plain.path(), plain.query(), "application/json", body.toByteArray());
    }

    private String harmless(Param param) {
        if ("path".equals(param.in()) && pathValues.containsKey(param.name())) {
            return pathValues.get(param.name());
        }
        return HARMLESS.getOrDefault(param.name(), switch (param.type()) {
            case "integer", "number" -> "1";
            case "boolean" -> "false";
            default -> "x";
        });
    }

    private String harmlessJson(String name, String type) {
        return switch (type) {
            case "integer", "number" -> "1";
            case "boolean" -> "false";
            case "array" -> "[\"" + HARMLESS.getOrDefault(name, "x") + "\"]";
            case "object" -> "{}";
            default -> "deadline".equals(name) ? "\"" + Instant.now().plus(Duration.ofDays(30)) + "\""
                    : "\"" + HARMLESS.getOrDefault(name, "x") + "\"";
        };
    }

    private static Request multipart(String method, String path, String query, Map<String, byte[]> fields,
            List<String> files) {
        var boundary = "----sweep-" + UUID.randomUUID();
        var out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(value);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        for (var file : files) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file
                    + "\"; filename=\"sweep.txt\"\r\nContent-Type: text/plain\r\n\r\nA draft of the hostile input sweep "
                    + UUID.randomUUID() + ".\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Request(method, path, query, "multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void check(String what, Reply reply, List<String> failures) {
        if (reply.status() >= 500) {
            failures.add(what + ": " + reply.status() + " " + abbreviate(reply.text()));
            return;
        }
        var isJson = reply.contentType().startsWith("application/json");
        if (reply.status() >= 400) {
            if (!isJson) {
                failures.add(what + ": " + reply.status() + " is not JSON (" + reply.contentType() + "): "
                        + abbreviate(reply.text()));
                return;
            }
            try {
                var error = json.readTree(reply.body());
                if (error.path("status").asInt() != reply.status() || error.path("message").asString("").isBlank()
                        || reply.text().contains("Exception") || reply.text().contains("\tat ")) {
                    failures.add(what + ": " + reply.status() + " not the API's JSON error: " + abbreviate(reply.text()));
                }
            } catch (RuntimeException e) {
                failures.add(what + ": " + reply.status() + " body is not JSON: " + abbreviate(reply.text()));
            }
            return;
        }
        if (isJson) {
            try {
                var broken = brokenText(json.readTree(reply.body()));
                if (broken != null) {
                    failures.add(what + ": " + reply.status() + " answers with broken text (" + broken + "): "
                            + abbreviate(reply.text()));
                }
            } catch (RuntimeException e) {
                failures.add(what + ": " + reply.status() + " body is not JSON: " + abbreviate(reply.text()));
            }
        }
    }

    /** The first text in the JSON (name or value) with a NUL or an unpaired surrogate, or null. */
    private static String brokenText(JsonNode node) {
        if (node.isString()) {
            return broken(node.asString()) ? node.asString() : null;
        }
        if (node.isObject()) {
            for (var entry : node.properties()) {
                if (broken(entry.getKey())) {
                    return entry.getKey();
                }
                var broken = brokenText(entry.getValue());
                if (broken != null) {
                    return broken;
                }
            }
        }
        if (node.isArray()) {
            for (Iterator<JsonNode> it = node.iterator(); it.hasNext();) {
                var broken = brokenText(it.next());
                if (broken != null) {
                    return broken;
                }
            }
        }
        return null;
    }

    /** A NUL, or half of a surrogate pair without the other half: text no strict reader accepts. */
    static boolean broken(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.isLowSurrogate(c)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    private Reply send(Request request, MashwaraUser caller) {
        var target = "http://localhost:" + port + request.path() + (request.query() == null ? "" : "?" + request.query());
        var builder = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(60));
        if (caller != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (caller.getUsername() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 240 ? text.substring(0, 240) + "…" : text;
    }
}
