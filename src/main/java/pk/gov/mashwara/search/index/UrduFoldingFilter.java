package pk.gov.mashwara.search.index;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the letters an Arabic (or Persian) keyboard types for Urdu ones to the Urdu letters, drops Arabic-script
 * diacritics and reads Arabic-Indic digits as ASCII, at index and query time alike: a word typed as
 * {@code حكومت} then finds {@code حکومت}. Runs after Lucene's Arabic and Persian normalisers, which fold
 * towards Arabic letters; this filter brings every variant to one Urdu form ({@code ی ک ہ}).
 *
 * <p>Two foldings lose a distinction Urdu makes, on purpose: an Arabic keyboard has neither bari ye ({@code ے})
 * nor do-chashmi he ({@code ھ}), so a user can only type {@code ي} and {@code ه} for them; without folding them
 * such a user could never find {@code ہے} or {@code بھی}.
 */
final class UrduFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    UrduFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        var buffer = term.buffer();
        int length = term.length();
        int out = 0;
        for (int i = 0; i < length; i++) {
            char folded = fold(buffer[i]);
            if (folded != 0) {
                buffer[out++] = folded;
            }
        }
        term.setLength(out);
        return true;
    }

    /** The Urdu form of a character, or 0 for a mark that is dropped. */
    static char fold(char c) {
        return switch (c) {
            case '\u064A', '\u0649', '\u06D2', '\u06D3' -> '\u06CC'; // ي ى ے ۓ → ی
            case '\u0643' -> '\u06A9'; // ك → ک
            case '\u0647', '\u06BE', '\u06C0', '\u06C2', '\u0629', '\u06C3' -> '\u06C1'; // ه ھ ۀ ۂ ة ۃ → ہ
            case '\u0640' -> 0; // tatweel
            default -> {
                if (c >= '\u0660' && c <= '\u0669') {
                    yield (char) ('0' + (c - '\u0660'));
                }
                if (c >= '\u06F0' && c <= '\u06F9') {
                    yield (char) ('0' + (c - '\u06F0'));
                }
                yield isArabicMark(c) ? 0 : c;
            }
        };
    }

    private static boolean isArabicMark(char c) {
        return (c >= '\u0610' && c <= '\u061A') || (c >= '\u064B' && c <= '\u065F') || c == '\u0670'
                || (c >= '\u06D6' && c <= '\u06DC') || (c >= '\u06DF' && c <= '\u06E4') || c == '\u06E7'
                || c == '\u06E8' || (c >= '\u06EA' && c <= '\u06ED');
    }
}
