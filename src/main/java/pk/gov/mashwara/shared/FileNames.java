package pk.gov.mashwara.shared;

import java.text.Normalizer;

/**
 * Turns a file name supplied by a browser or API client into something safe to display and to offer back in
 * a download. The result is only ever shown; it is never used as a path on disk.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    public static String sanitise(String supplied) {
        if (supplied == null) {
            return "document";
        }
        var name = Normalizer.normalize(supplied, Normalizer.Form.NFC);
        // Browsers on Windows may send the whole path; keep the last segment only
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        var out = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || isBidiControl(cp) || cp == '"' || cp == ':' || cp == '*'
                    || cp == '?' || cp == '<' || cp == '>' || cp == '|') {
                out.append('_');
            } else {
                out.appendCodePoint(cp);
            }
        });
        var cleaned = out.toString().strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.isBlank()) {
            return "document";
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
            var dot = cleaned.lastIndexOf('.');
            var extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH - extension.length()))
                    + extension;
        }
        return cleaned;
    }

    /** Right-to-left overrides and friends can make "exe.pdf" look like "fdp.exe"; they never belong in a name. */
    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }

    /** An ASCII fallback for the {@code filename=} parameter of Content-Disposition. */
    public static String asciiFallback(String name) {
        var ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E]", "_")
                .replace('"', '_').replace('\\', '_').replace(';', '_');
        return ascii.isBlank() ? "document" : ascii;
    }
}
