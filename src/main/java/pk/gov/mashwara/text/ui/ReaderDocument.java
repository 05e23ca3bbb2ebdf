package pk.gov.mashwara.text.ui;

import java.io.Serializable;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import pk.gov.mashwara.shared.TextParagraphs;

/**
 * A text as the reader shows it: the characters, where each paragraph lies, and how each is shown (the lines of a
 * text broken into lines joined, see {@link TextParagraphs}). Held once however many readers have
 * the same text open: a draft under review is read by the whole working group at the same time, and each open
 * reader would otherwise keep its own copy of the statute for as long as the tab stays open. The shared copy goes
 * with the last reader that holds it (the table only refers to it weakly); nothing in it can change, so sharing
 * cannot show one user what another sees, and the text itself is only ever obtained through the permission checks
 * of the service that reads it.
 */
final class ReaderDocument implements Serializable {

    private static final Map<String, WeakReference<ReaderDocument>> OPEN = Collections.synchronizedMap(new WeakHashMap<>());

    static final ReaderDocument EMPTY = new ReaderDocument("");

    private final String text;
    /** Paragraph {@code i} is {@code text[starts[i], ends[i])}: two arrays, not an object per paragraph. */
    private final int[] starts;
    private final int[] ends;
    /** The paragraphs joined from several lines, whose line breaks are shown as spaces. */
    private final java.util.BitSet reflowed = new java.util.BitSet();

    private ReaderDocument(String text) {
        this.text = text;
        var spans = TextParagraphs.spans(text);
        starts = new int[spans.size()];
        ends = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            starts[i] = spans.get(i).start();
            ends[i] = spans.get(i).end();
            reflowed.set(i, spans.get(i).reflowed());
        }
    }

    /** The shared document with exactly this text (made now if no reader has it open). */
    static ReaderDocument of(String text) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        synchronized (OPEN) {
            var held = OPEN.get(text);
            var document = held == null ? null : held.get();
            if (document == null) {
                document = new ReaderDocument(text);
                // the key is the document's own string: the entry lives exactly as long as some reader holds it
                OPEN.put(document.text, new WeakReference<>(document));
            }
            return document;
        }
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    int paragraphs() {
        return starts.length;
    }

    int start(int paragraph) {
        return starts[paragraph];
    }

    int end(int paragraph) {
        return ends[paragraph];
    }

    String paragraph(int index) {
        return text.substring(starts[index], ends[index]);
    }

    /**
     * Paragraph {@code index} as shown: as stored, or, when it was joined from lines, with its line breaks shown as
     * spaces. Character for character as long as the stored paragraph, so that the offsets of a selection in it are
     * offsets in the stored text.
     */
    String shown(int index) {
        var paragraph = paragraph(index);
        return reflowed.get(index) ? TextParagraphs.shown(paragraph) : paragraph;
    }

    /** The paragraph that holds {@code offset}, or the last one that starts before it. */
    int paragraphAt(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Math.max(0, lo);
    }

    /** After deserialisation (a session moved between nodes) the copy joins the shared one again. */
    private Object readResolve() {
        return of(text);
    }
}
