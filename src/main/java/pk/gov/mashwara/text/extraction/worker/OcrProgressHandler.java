package pk.gov.mashwara.text.extraction.worker;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Watches the pages go by. Tika's PDF parser wraps each page in {@code <div class="page">} and the text it
 * OCR'd from a page in {@code <div class="ocr">}: this notes where each page of the document itself (not of a
 * document embedded in it, whose divisions are nested deeper) begins in the text written so far, so that a
 * passage can be told by its page, and counts OCR'd pages, so that the portal can show that OCR is under way
 * (it takes seconds a page) and mark the text as OCR'd.
 */
class OcrProgressHandler extends ContentHandlerDecorator {

    private final Consumer<String> progress;
    private final LongSupplier written;
    private final java.util.List<Integer> pageStarts = new java.util.ArrayList<>();
    private int ocrPages;
    private int divDepth;

    /** {@code written}: how many characters of text have been written when an element starts. */
    OcrProgressHandler(ContentHandler handler, Consumer<String> progress, LongSupplier written) {
        super(handler);
        this.progress = progress;
        this.written = written;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if ("div".equals(localName)) {
            var type = atts.getValue("class");
            if ("ocr".equals(type)) {
                ocrPages++;
                progress.accept("OCR " + ocrPages);
            }
            if (divDepth == 0 && "page".equals(type)) {
                super.startElement(uri, localName, name, atts);
                // what the page's opening wrote (a line break) belongs before it
                pageStarts.add((int) Math.min(Integer.MAX_VALUE, written.getAsLong()));
                divDepth++;
                return;
            }
            divDepth++;
        }
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        if ("div".equals(localName) && divDepth > 0) {
            divDepth--;
        }
        super.endElement(uri, localName, name);
    }

    int ocrPages() {
        return ocrPages;
    }

    /** Where each page began in the text, in order; empty for a document without pages. */
    int[] pageStarts() {
        return pageStarts.stream().mapToInt(Integer::intValue).toArray();
    }
}
