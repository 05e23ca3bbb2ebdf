package pk.gov.mashwara.search.index;

import java.io.IOException;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.search.IndexSearcher;

/**
 * Reads one stretch of a document's stored text: from the head under {@link IndexSchema#BODY} and the pages that
 * follow it (see {@link IndexSchema#HEAD_CHARS}). Pages wholly before the stretch are skipped without being
 * decoded, and reading stops at the first page after it.
 */
final class StoredBody extends StoredFieldVisitor {

    /** A stretch of the text, the offset of its first character in the whole text, and whether the text goes on. */
    record Window(int start, String text, boolean more) {
    }

    private final int from;
    private final int to;
    private final StringBuilder chars = new StringBuilder();
    private int charsStart = -1;
    private int pageStart;
    private boolean stoppedBeforePage;

    private StoredBody(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The characters from {@code from} (inclusive) to {@code to} (exclusive), as far as the text reaches. */
    static Window read(IndexSearcher searcher, int doc, int from, int to) throws IOException {
        var visitor = new StoredBody(Math.max(0, from), to);
        searcher.storedFields().document(doc, visitor);
        return visitor.window();
    }

    @Override
    public Status needsField(FieldInfo fieldInfo) {
        return switch (fieldInfo.name) {
            case IndexSchema.BODY -> from < IndexSchema.HEAD_CHARS ? Status.YES : Status.NO;
            case IndexSchema.BODY_PAGE_START -> Status.YES;
            case IndexSchema.BODY_PAGE -> {
                stoppedBeforePage = pageStart >= to;
                yield stoppedBeforePage ? Status.STOP : pageStart + IndexSchema.PAGE_CHARS > from ? Status.YES : Status.NO;
            }
            default -> Status.NO;
        };
    }

    @Override
    public void intField(FieldInfo fieldInfo, int value) {
        pageStart = value;
    }

    @Override
    public void stringField(FieldInfo fieldInfo, String value) {
        // The values read are consecutive: the head (if wanted), then every page from the first one wanted on
        if (charsStart < 0) {
            charsStart = IndexSchema.BODY.equals(fieldInfo.name) ? 0 : pageStart;
        }
        chars.append(value);
    }

    private Window window() {
        if (charsStart < 0) {
            return new Window(from, "", stoppedBeforePage);
        }
        int begin = Math.clamp(from - charsStart, 0, chars.length());
        int end = Math.clamp(to - charsStart, begin, chars.length());
        // Not half a surrogate pair at either edge
        if (begin < end && Character.isLowSurrogate(chars.charAt(begin))) {
            begin++;
        }
        if (begin < end && Character.isHighSurrogate(chars.charAt(end - 1))) {
            end--;
        }
        return new Window(charsStart + begin, chars.substring(begin, end), stoppedBeforePage || end < chars.length());
    }
}
