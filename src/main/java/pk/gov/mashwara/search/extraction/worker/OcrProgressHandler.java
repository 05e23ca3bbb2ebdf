package pk.gov.mashwara.search.extraction.worker;

import java.util.function.Consumer;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's PDF parser wraps the text it OCR'd from a page in {@code <div class="ocr">}; this notices each such
 * page, so that the portal can show that OCR is under way (it takes seconds a page) and mark the text as OCR'd.
 */
class OcrProgressHandler extends ContentHandlerDecorator {

    private final Consumer<String> progress;
    private int ocrPages;

    OcrProgressHandler(ContentHandler handler, Consumer<String> progress) {
        super(handler);
        this.progress = progress;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if ("div".equals(localName) && "ocr".equals(atts.getValue("class"))) {
            ocrPages++;
            progress.accept("OCR " + ocrPages);
        }
        super.startElement(uri, localName, name, atts);
    }

    int ocrPages() {
        return ocrPages;
    }
}
