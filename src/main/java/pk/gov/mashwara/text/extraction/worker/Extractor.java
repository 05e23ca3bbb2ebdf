package pk.gov.mashwara.text.extraction.worker;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

import pk.gov.mashwara.shared.PlainText;
import pk.gov.mashwara.text.ExtractionReason;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.extraction.worker.WorkerProtocol.Request;
import pk.gov.mashwara.text.extraction.worker.WorkerProtocol.Result;

/**
 * Extracts the text of one file with Tika, within limits, and says in terms of {@link ExtractionStatus} what
 * came of it. Runs inside the extractor process; tests call it directly.
 */
public class Extractor {

    /**
     * What Tika takes a plain text for when it does not recognise it as one: no type (a text in an old single-byte
     * encoding), a mail (a text whose first lines look like mail headers, which the mail parser would drop).
     */
    private static final java.util.Set<String> PLAIN_TEXT_UNRECOGNISED = java.util.Set.of("application/octet-stream",
            "message/rfc822");

    /** Text output below which the compression-ratio check does not start (Tika's default). */
    private static final long BOMB_CHECK_THRESHOLD = 1_000_000;

    private final AutoDetectParser parser = new AutoDetectParser();

    public Result extract(Request request, Consumer<String> progress) {
        var input = Path.of(request.input());
        if (!Files.isReadable(input)) {
            return new Result(ExtractionStatus.FAILED.name(), ExtractionReason.FILE_MISSING.name(), 0, false, false,
                    "input not readable");
        }
        var ocr = !request.ocrLanguages().isBlank();
        // Tika's nesting check is a backstop one level beyond ours (see LimitedEmbeddedExtractor)
        parser.setAutoDetectParserConfig(new AutoDetectParserConfig(null, BOMB_CHECK_THRESHOLD,
                request.maxCompressionRatio(), null, request.maxPackageDepth() + 2));
        // POI's own guard for OOXML parts: an entry may not expand beyond the same ratio
        ZipSecureFile.setMinInflateRatio(1.0 / request.maxCompressionRatio());
        var metadata = new Metadata();
        var context = context(request, ocr);
        // Embedded documents are parsed only when the context names the parser to use for them
        context.set(Parser.class, parser);
        var embedded = new LimitedEmbeddedExtractor(context, request.maxEmbedded(), request.maxPackageDepth());
        context.set(EmbeddedDocumentExtractor.class, embedded);
        var truncated = false;
        Throwable failure = null;
        TextWriter text;
        OcrProgressHandler pages;
        try (var out = new TextWriter(Files.newBufferedWriter(Path.of(request.output()), StandardCharsets.UTF_8));
                var in = TikaInputStream.get(input, metadata)) {
            text = out;
            var type = parser.getDetector().detect(in, metadata);
            var pdf = "application/pdf".equals(type.getBaseType().toString());
            var handler = new OcrProgressHandler(new BodyContentHandler(new VisualOrderLines(
                    new WriteOutContentHandler(out, request.writeLimit()), pdf)), progress, out::characters);
            pages = handler;
            if (PLAIN_TEXT_UNRECOGNISED.contains(type.getBaseType().toString()) && PlainText.looksLikeText(input)) {
                // Accepted on upload as plain text (see the draft module's ContentInspector): read as such
                metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, "text/plain");
            }
            if (ocr && "image".equals(type.getType())) {
                progress.accept("OCR");
            }
            try {
                parser.parse(in, handler, metadata, context);
            } catch (Exception | StackOverflowError e) {
                if (WriteLimitReachedException.isWriteLimitReached(e)) {
                    truncated = true;
                } else {
                    failure = e;
                }
            }
            if (handler.ocrPages() > 0) {
                metadata.set(PDF.OCR_PAGE_COUNT, handler.ocrPages());
            }
        } catch (IOException e) {
            return failed(ExtractionReason.DAMAGED, e);
        }
        var result = result(metadata, text, truncated, embedded.limitReached(), failure, ocr);
        return ExtractionStatus.valueOf(result.status()).hasText() ? withPages(result, pages.pageStarts(), text.characters())
                : result;
    }

    private static ParseContext context(Request request, boolean ocr) {
        var context = new ParseContext();
        var tesseract = new TesseractOCRConfig();
        tesseract.setSkipOcr(!ocr);
        if (ocr) {
            tesseract.setLanguage(request.ocrLanguages());
            tesseract.setTimeoutSeconds(request.ocrTimeoutSeconds());
        }
        context.set(TesseractOCRConfig.class, tesseract);
        var pdf = new PDFParserConfig();
        // AUTO: pages with a text layer are read as text, pages without one are OCR'd
        pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        // Texts and HTML pages without a declared encoding: guessed better than by Tika's defaults
        context.set(EncodingDetector.class, new TextEncodingDetector());
        return context;
    }

    private Result result(Metadata metadata, TextWriter text, boolean truncated, boolean embeddedLimit,
            Throwable failure, boolean ocrOn) {
        var ocrUsed = ocrUsed(metadata);
        if (failure != null) {
            if (causedBy(failure, EncryptedDocumentException.class)) {
                return finalResult(ExtractionStatus.ENCRYPTED, ExtractionReason.PASSWORD_PROTECTED, text, false, false, failure);
            }
            if (causedBy(failure, UnsupportedFormatException.class)) {
                return finalResult(ExtractionStatus.UNSUPPORTED, ExtractionReason.UNSUPPORTED_FORMAT, text, false, false, failure);
            }
            return failed(refusedAsHostile(failure) ? ExtractionReason.REFUSED_LIMITS : ExtractionReason.DAMAGED, failure);
        }
        var type = String.valueOf(metadata.get(Metadata.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
        if (!parsedByARealParser(metadata)) {
            return finalResult(ExtractionStatus.UNSUPPORTED, ExtractionReason.UNSUPPORTED_FORMAT, text, false, false,
                    "no parser for " + type);
        }
        if (truncated || embeddedLimit) {
            return finalResult(ExtractionStatus.TRUNCATED,
                    truncated ? ExtractionReason.WRITE_LIMIT : ExtractionReason.REFUSED_LIMITS, text, true, ocrUsed,
                    truncated ? "write limit reached" : "embedded documents beyond the limits of number or nesting");
        }
        if (!text.hasVisibleText()) {
            var scannable = type.startsWith("application/pdf") || type.startsWith("image/");
            var reason = scannable && !ocrOn ? ExtractionReason.SCANNED_NEEDS_OCR : ExtractionReason.NO_READABLE_TEXT;
            return finalResult(ExtractionStatus.NO_TEXT, reason, text, false, ocrUsed, type);
        }
        return finalResult(ExtractionStatus.DONE, null, text, false, ocrUsed, type);
    }

    private static boolean ocrUsed(Metadata metadata) {
        var pages = metadata.getInt(PDF.OCR_PAGE_COUNT);
        if (pages != null && pages > 0) {
            return true;
        }
        return Arrays.stream(metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY_FULL_SET))
                .anyMatch(p -> p.endsWith("TesseractOCRParser"));
    }

    /** Tika falls back to an empty parser for formats it cannot read, silently; that is "unsupported" to us. */
    private static boolean parsedByARealParser(Metadata metadata) {
        return Arrays.stream(metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY))
                .anyMatch(p -> !p.endsWith("EmptyParser") && !p.endsWith("DefaultParser") && !p.endsWith("AutoDetectParser"));
    }

    private static boolean refusedAsHostile(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause()) {
            var message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("nesting") || message.contains("maxelementdepth")
                    || message.contains("depth") && message.contains("exceed")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (var t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Result finalResult(ExtractionStatus status, ExtractionReason reason, TextWriter text,
            boolean truncated, boolean ocr, Object detail) {
        var characters = status.hasText() ? text.characters() : 0;
        return new Result(status.name(), reason == null ? null : reason.name(), characters, truncated, ocr,
                detail instanceof Throwable t ? describe(t) : (String) detail);
    }

    /** The page starts, as far as the text that was kept reaches (a truncated text ends within a page). */
    private static Result withPages(Result result, int[] starts, long characters) {
        var kept = java.util.Arrays.stream(starts).filter(s -> s < characters || characters == 0 && s == 0).toArray();
        return new Result(result.status(), result.reason(), result.characters(), result.truncated(), result.ocr(),
                result.detail(), kept);
    }

    private static Result failed(ExtractionReason reason, Throwable failure) {
        return new Result(ExtractionStatus.FAILED.name(), reason.name(), 0, false, false, describe(failure));
    }

    static String describe(Throwable t) {
        var root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var text = t.getClass().getSimpleName() + ": " + t.getMessage();
        if (root != t) {
            text += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return text.length() > 900 ? text.substring(0, 900) : text;
    }

    /** Counts what is written and whether any of it is more than white space. */
    static final class TextWriter extends Writer {

        private final Writer out;
        private long characters;
        private boolean visible;

        TextWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            out.write(buffer, offset, length);
            characters += length;
            for (var i = offset; !visible && i < offset + length; i++) {
                visible = !Character.isWhitespace(buffer[i]) && !Character.isSpaceChar(buffer[i]);
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        long characters() {
            return characters;
        }

        boolean hasVisibleText() {
            return visible;
        }
    }
}
