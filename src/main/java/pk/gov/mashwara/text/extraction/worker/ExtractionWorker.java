package pk.gov.mashwara.text.extraction.worker;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * The extractor process. Reads one request line per job from standard input, extracts, answers on standard
 * output, and empties its private temporary directory after each job. Ends when standard input closes, which
 * is also what happens when the portal that started it goes away.
 */
public final class ExtractionWorker {

    private ExtractionWorker() {
    }

    public static void main(String[] args) throws IOException {
        // Standard output carries the protocol only: anything a library prints goes to standard error instead
        var protocol = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        quietLogging();
        var extractor = new Extractor();
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        protocol.println(WorkerProtocol.progressLine("READY"));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            var request = WorkerProtocol.Request.parse(line);
            var result = extractor.extract(request, what -> protocol.println(WorkerProtocol.progressLine(what)));
            cleanTemporaryDirectory();
            protocol.println(result.toLine());
        }
    }

    /**
     * Tika and PDFBox are chatty at DEBUG, which is where logback starts without Spring's configuration. PDFBox's
     * notice that it substitutes its bundled font for a standard PDF font (the text is unaffected) is left out too,
     * as in the portal's own log.
     */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext) {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
            ((Logger) LoggerFactory.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font")).setLevel(Level.ERROR);
        }
    }

    /** Parsers spool embedded files and OCR images to the temporary directory; none of it may outlive the job. */
    private static void cleanTemporaryDirectory() {
        var tmp = Path.of(System.getProperty("java.io.tmpdir"));
        if (!Boolean.getBoolean("mashwara.worker.private-tmp")) {
            return; // started by hand or by a test: not our directory to empty
        }
        try (var files = Files.walk(tmp)) {
            files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(tmp)).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not clean " + tmp + ": " + e);
        }
    }
}
