package pk.gov.mashwara.text.extraction.worker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;

import com.ibm.icu.text.CharsetDetector;

/**
 * The encoding of a text (or an HTML page that declares none) as drafts come: a page's own declaration first, then a
 * byte-order mark, then UTF-8 if the bytes are valid UTF-8, then the likeliest of ICU's guesses that decodes the
 * bytes into text without control characters or undecodable bytes. Tika's default guessers read an English text
 * saved by an old Windows editor as ISO-8859-1 (its “quotes” and – dashes became control characters) and Urdu in
 * windows-1256 as KOI8-R; ICU's first guess for that Urdu is ISO-8859-6, which has no letters where windows-1256
 * keeps ٹ ڈ گ ک, so the check of the decoded text is what picks the right one.
 */
final class TextEncodingDetector implements EncodingDetector {

    private static final int SAMPLE = 64 * 1024;
    /** ICU's confidence (0–100) below which a guess is not taken. */
    private static final int MIN_CONFIDENCE = 10;
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private final HtmlEncodingDetector declared = new HtmlEncodingDetector();

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return null;
        }
        var fromPage = declared.detect(input, metadata);
        if (fromPage != null) {
            return fromPage;
        }
        input.mark(SAMPLE);
        byte[] sample;
        try {
            sample = input.readNBytes(SAMPLE);
        } finally {
            input.reset();
        }
        return of(sample, sample.length == SAMPLE);
    }

    /** The encoding of these bytes; {@code cut}: they are the start of a longer text. */
    static Charset of(byte[] sample, boolean cut) {
        var bom = byteOrderMark(sample);
        if (bom != null) {
            return bom;
        }
        if (decodesCleanly(sample, StandardCharsets.UTF_8, cut)) {
            return StandardCharsets.UTF_8;
        }
        var icu = new CharsetDetector();
        icu.setText(sample);
        for (var match : icu.detectAll()) {
            if (match.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            if (Charset.isSupported(match.getName())) {
                var charset = Charset.forName(match.getName());
                if (decodesCleanly(sample, charset, cut)) {
                    return charset;
                }
            }
        }
        return FALLBACK;
    }

    private static Charset byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Whether the bytes decode without an error into text: no undecodable byte, no control character but white space.
     * A multi-byte character cut off at the end of a sample does not count against it.
     */
    static boolean decodesCleanly(byte[] sample, Charset charset, boolean cut) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var bytes = ByteBuffer.wrap(sample);
        var chars = java.nio.CharBuffer.allocate(sample.length + 1);
        var result = decoder.decode(bytes, chars, !cut);
        if (result.isError() || !cut && decoder.flush(chars).isError()) {
            return false;
        }
        if (cut && bytes.remaining() > 4) {
            return false;
        }
        chars.flip();
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f'
                    && c != '\u001A') {
                return false;
            }
        }
        return true;
    }
}
