package pk.gov.mashwara.text.extraction.worker;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses embedded documents (attachments, archive entries) like Tika does, up to a number per file and a depth
 * of nesting: an archive of a million entries, or of archives inside archives, is read as far as the limits
 * and then reported as truncated, not parsed for hours. (Tika's own nesting check fires inside the embedded
 * parse, where its exception is swallowed as one embedded document's problem; counting here makes it visible.)
 */
class LimitedEmbeddedExtractor extends ParsingEmbeddedDocumentExtractor {

    private final int maxDocuments;
    private final int maxDepth;
    private int parsed;
    private int depth;
    private boolean limitReached;

    LimitedEmbeddedExtractor(ParseContext context, int maxDocuments, int maxDepth) {
        super(context);
        this.maxDocuments = maxDocuments;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        if (parsed >= maxDocuments || depth >= maxDepth) {
            limitReached = true;
            return false;
        }
        return super.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        parsed++;
        depth++;
        try {
            super.parseEmbedded(stream, handler, metadata, outputHtml);
        } finally {
            depth--;
        }
    }

    boolean limitReached() {
        return limitReached;
    }
}
