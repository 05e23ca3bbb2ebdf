package pk.gov.mashwara.shared;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a query string as the portal accepts it: {@code name=value} pairs joined by {@code &}, each written in
 * UTF-8 with {@code %XX} escapes (and {@code +} for a space), holding no NUL. The web server would decode a broken
 * one with a failure the controllers cannot tell from their own.
 */
final class QueryStrings {

    /** What is wrong with a query string: a message key and the parameter as written (still encoded). */
    record Problem(String messageKey, String parameter) {
    }

    private static final int SHOWN = 40;

    private QueryStrings() {
    }

    /** The first problem of the raw (undecoded) query string, or null when it has none. */
    static Problem problem(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (var pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            var name = equals < 0 ? pair : pair.substring(0, equals);
            var value = equals < 0 ? "" : pair.substring(equals + 1);
            var decodedName = decode(name);
            var decodedValue = decode(value);
            if (decodedName == null || decodedValue == null) {
                return new Problem("error.api.encoding", shown(decodedName != null ? decodedName : name));
            }
            if (decodedName.indexOf(0) >= 0 || decodedValue.indexOf(0) >= 0) {
                return new Problem("error.api.nul", shown(decodedName.indexOf(0) >= 0 ? name : decodedName));
            }
        }
        return null;
    }

    /** The text of one encoded part, or null when it is not UTF-8 percent-encoding. */
    static String decode(String part) {
        var bytes = new ByteArrayOutputStream(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= part.length()) {
                    return null;
                }
                int high = hex(part.charAt(i + 1));
                int low = hex(part.charAt(i + 2));
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // the web server hands on bytes it received outside ASCII as ISO-8859-1 characters
                bytes.write(c & 0xff);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private static String shown(String parameter) {
        var text = parameter.replace("\u0000", "");
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }
}
