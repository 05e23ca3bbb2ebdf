package pk.gov.mashwara.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a file is plain text in some encoding, by its bytes: the rule by which an upload that Tika takes for no
 * type at all (a text in an old single-byte encoding such as windows-1252 or windows-1256) or for a mail is still
 * accepted, and read, as text. Text never holds a zero byte or a control character other than tab, line feed,
 * carriage return, form feed and the end-of-file mark of old DOS editors; other data almost always does, within
 * its first few hundred bytes.
 */
public final class PlainText {

    /** How much of a file is looked at. */
    static final int SAMPLE = 64 * 1024;

    private PlainText() {
    }

    public static boolean looksLikeText(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return looksLikeText(in);
        }
    }

    /** Reads up to {@link #SAMPLE} bytes of the stream. */
    public static boolean looksLikeText(InputStream in) throws IOException {
        var sample = in.readNBytes(SAMPLE);
        if (sample.length == 0) {
            return false;
        }
        for (var b : sample) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) || b == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
