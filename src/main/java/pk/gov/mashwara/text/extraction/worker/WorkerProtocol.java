package pk.gov.mashwara.text.extraction.worker;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines the portal and an extractor process exchange. The portal writes one {@link Request} per job on the
 * worker's standard input; the worker answers with any number of {@code PROGRESS} lines and one
 * {@link Result} line on standard output. Fields are tab-separated; tabs, line breaks and backslashes inside
 * a field are escaped, so a line is always one record whatever a file name or an error message holds.
 */
public final class WorkerProtocol {

    static final String EXTRACT = "EXTRACT";
    public static final String PROGRESS = "PROGRESS";
    public static final String RESULT = "RESULT";

    private WorkerProtocol() {
    }

    /**
     * One job. {@code ocrLanguages} empty means no OCR.
     *
     * @param maxCompressionRatio how many characters of text one byte of input may expand to before the file
     *                            counts as a bomb
     */
    public record Request(String input, String output, int writeLimit, int maxEmbedded, int maxPackageDepth,
            long maxCompressionRatio, String ocrLanguages, int ocrTimeoutSeconds) {

        public String toLine() {
            return line(EXTRACT, input, output, Integer.toString(writeLimit), Integer.toString(maxEmbedded),
                    Integer.toString(maxPackageDepth), Long.toString(maxCompressionRatio), ocrLanguages,
                    Integer.toString(ocrTimeoutSeconds));
        }

        static Request parse(String line) {
            var f = fields(line);
            if (f.size() != 9 || !EXTRACT.equals(f.getFirst())) {
                throw new IllegalArgumentException("Not a request line");
            }
            return new Request(f.get(1), f.get(2), Integer.parseInt(f.get(3)), Integer.parseInt(f.get(4)),
                    Integer.parseInt(f.get(5)), Long.parseLong(f.get(6)), f.get(7), Integer.parseInt(f.get(8)));
        }
    }

    /**
     * What came of one job. {@code status} and {@code reason} are names of
     * {@link pk.gov.mashwara.text.ExtractionStatus} and {@link pk.gov.mashwara.text.ExtractionReason}
     * (reason empty for none); {@code detail} is for the log and administrators, never for users.
     * {@code pageStarts}: where each page of a paged document (a PDF) begins in the text, in characters, in page
     * order; empty when the document has no pages.
     */
    public record Result(String status, String reason, long characters, boolean truncated, boolean ocr, String detail,
            int[] pageStarts) {

        public Result {
            pageStarts = pageStarts == null ? new int[0] : pageStarts.clone();
        }

        public Result(String status, String reason, long characters, boolean truncated, boolean ocr, String detail) {
            this(status, reason, characters, truncated, ocr, detail, new int[0]);
        }

        @Override
        public int[] pageStarts() {
            return pageStarts.clone();
        }

        public String toLine() {
            var pages = new StringBuilder();
            for (var start : pageStarts) {
                pages.append(pages.isEmpty() ? "" : ",").append(start);
            }
            return line(RESULT, status, reason == null ? "" : reason, Long.toString(characters),
                    Boolean.toString(truncated), Boolean.toString(ocr), detail == null ? "" : detail, pages.toString());
        }

        public static Result parse(String line) {
            var f = fields(line);
            if (f.size() != 8 || !RESULT.equals(f.getFirst())) {
                throw new IllegalArgumentException("Not a result line");
            }
            var pages = f.get(7).isEmpty() ? new int[0]
                    : java.util.Arrays.stream(f.get(7).split(",")).mapToInt(Integer::parseInt).toArray();
            return new Result(f.get(1), f.get(2).isEmpty() ? null : f.get(2), Long.parseLong(f.get(3)),
                    Boolean.parseBoolean(f.get(4)), Boolean.parseBoolean(f.get(5)), f.get(6).isEmpty() ? null : f.get(6),
                    pages);
        }
    }

    public static String progressLine(String what) {
        return line(PROGRESS, what);
    }

    /** The text of a progress line. */
    public static String progress(String line) {
        var f = fields(line);
        return f.size() > 1 ? f.get(1) : "";
    }

    static String line(String... fields) {
        var out = new StringBuilder();
        for (var i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            escape(fields[i], out);
        }
        return out.toString();
    }

    private static void escape(String field, StringBuilder out) {
        for (var i = 0; i < field.length(); i++) {
            var c = field.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    static List<String> fields(String line) {
        var fields = new ArrayList<String>();
        var current = new StringBuilder();
        for (var i = 0; i < line.length(); i++) {
            var c = line.charAt(i);
            if (c == '\t') {
                fields.add(current.toString());
                current.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                var next = line.charAt(++i);
                current.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
