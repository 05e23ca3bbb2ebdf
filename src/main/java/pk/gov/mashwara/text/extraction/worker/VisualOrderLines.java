package pk.gov.mashwara.text.extraction.worker;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Puts back in reading order the right-to-left lines a PDF drew word by word from left to right. Many producers place
 * each Urdu word on its own, leftmost first (visual order), with no space glyph between words. PDFBox, under Tika,
 * turns each word's letters to reading order (it applies the bidirectional algorithm to each stretch of text it takes
 * for a word) but leaves the words in the order it met them: a line came out with its words reversed, and a phrase
 * was found only when typed backwards.
 *
 * <p>The text stripper hands each such word over on its own and writes a single space between words where it found
 * a gap, which it only does when the next glyph stands to the right of the last: a line of more than one such word
 * with right-to-left words in it was drawn from left to right, in visual order. Its words are reordered as the
 * bidirectional algorithm orders a line (right-to-left words reversed, runs of left-to-right words and numbers kept
 * as they read); the line keeps its length, so where pages start in the text is unchanged. A line the producer drew
 * as one run (spaces included) is already in reading order and comes as one word, which is left alone, and so is
 * every left-to-right line.
 *
 * <p>Only the text of the pages of the PDF itself is looked at: not what OCR read, not annotations, not embedded
 * documents (their text comes in divisions nested in the page's), not other formats, whose parsers hand over text
 * in runs of their own.
 */
final class VisualOrderLines extends ContentHandlerDecorator {

    private final boolean pdf;
    /** The current line as handed over: words, and null for each separator written between two of them. */
    private final List<String> pieces = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private int divDepth;
    private boolean inPage;

    VisualOrderLines(ContentHandler handler, boolean pdf) {
        super(handler);
        this.pdf = pdf;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (!pdf || !inPage || divDepth != 1) {
            flush();
            super.characters(ch, start, length);
            return;
        }
        int from = start;
        int end = start + length;
        for (int i = start; i < end; i++) {
            if (ch[i] == '\n' || ch[i] == '\r') {
                add(ch, from, i);
                flush();
                super.characters(ch, i, 1);
                from = i + 1;
            }
        }
        add(ch, from, end);
    }

    /** A call of exactly one space is the separator the text stripper writes between two words; anything else is text. */
    private void add(char[] ch, int from, int to) {
        if (to - from == 1 && ch[from] == ' ') {
            endWord();
            pieces.add(null);
        } else if (to > from) {
            word.append(ch, from, to - from);
        }
    }

    private void endWord() {
        if (!word.isEmpty()) {
            pieces.add(word.toString());
            word.setLength(0);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        flush();
        super.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        flush();
        if ("div".equals(localName)) {
            if (divDepth == 0) {
                inPage = "page".equals(atts.getValue("class"));
            }
            divDepth++;
        }
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        flush();
        if ("div".equals(localName) && divDepth > 0) {
            divDepth--;
        }
        super.endElement(uri, localName, name);
    }

    @Override
    public void endDocument() throws SAXException {
        flush();
        super.endDocument();
    }

    private void flush() throws SAXException {
        endWord();
        if (pieces.isEmpty()) {
            return;
        }
        var words = words();
        var reordered = words == null ? null : reorder(words);
        String line;
        if (reordered != null) {
            line = String.join(" ", reordered);
        } else {
            var text = new StringBuilder();
            pieces.forEach(p -> text.append(p == null ? " " : p));
            line = text.toString();
        }
        pieces.clear();
        var chars = line.toCharArray();
        super.characters(chars, 0, chars.length);
    }

    /** The words of the line when it is words with one separator between each two, else null. */
    private List<String> words() {
        if (pieces.size() % 2 == 0) {
            return null;
        }
        var words = new ArrayList<String>();
        for (int i = 0; i < pieces.size(); i++) {
            if ((i % 2 == 0) != (pieces.get(i) != null)) {
                return null;
            }
            if (i % 2 == 0) {
                words.add(pieces.get(i));
            }
        }
        return words;
    }

    /**
     * The words of a line drawn from left to right, in reading order; null when they are in it already (one word, no
     * right-to-left word).
     */
    static List<String> reorder(List<String> visual) {
        if (visual.size() < 2) {
            return null;
        }
        int rtl = 0;
        int ltr = 0;
        for (var word : visual) {
            for (int i = 0; i < word.length(); i++) {
                switch (Character.getDirectionality(word.charAt(i))) {
                    case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> rtl++;
                    case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> ltr++;
                    default -> {
                    }
                }
            }
        }
        if (rtl == 0) {
            return null;
        }
        var joined = String.join(" ", visual);
        var bidi = new Bidi(joined, rtl > ltr ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        var levels = new byte[visual.size()];
        var objects = visual.toArray();
        int at = 0;
        for (int i = 0; i < visual.size(); i++) {
            levels[i] = (byte) bidi.getLevelAt(at + strongOffset(visual.get(i)));
            at += visual.get(i).length() + 1;
        }
        // Reordering by levels turns a visual order back into the reading order as it turns reading order into visual
        Bidi.reorderVisually(levels, 0, objects, 0, objects.length);
        var logical = new ArrayList<String>(objects.length);
        for (var object : objects) {
            logical.add((String) object);
        }
        return logical;
    }

    /** The first character of the word whose direction is its own (a letter or a digit), or 0. */
    private static int strongOffset(String word) {
        for (int i = 0; i < word.length(); i++) {
            var direction = Character.getDirectionality(word.charAt(i));
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || direction == Character.DIRECTIONALITY_EUROPEAN_NUMBER
                    || direction == Character.DIRECTIONALITY_ARABIC_NUMBER) {
                return i;
            }
        }
        return 0;
    }
}
