package pk.gov.mashwara.review.anchoring;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Generated texts of pseudo-words, in which accidental repeats of any length are rare, for anchoring tests. */
final class RandomTexts {

    static final String LATIN = "abcdefghijklmnopqrstuvwxyz";
    static final String URDU = "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہھءیے";
    private static final String[] EMOJI = {"😀", "🎉", "📜", "✅", "🇵🇰"};

    private final SplittableRandom random;
    private final String alphabet;

    RandomTexts(SplittableRandom random, String alphabet) {
        this.random = random;
        this.alphabet = alphabet;
    }

    String word() {
        if (random.nextInt(200) == 0) {
            return EMOJI[random.nextInt(EMOJI.length)];
        }
        var word = new StringBuilder();
        int length = 2 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }

    /** Up to {@code length} characters of words and spaces (at least one character). */
    String words(int length) {
        var out = new StringBuilder();
        while (out.length() < length) {
            out.append(word()).append(' ');
        }
        return out.substring(0, Math.max(1, length));
    }

    String sentence(int words) {
        var out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(i == 0 ? "" : " ").append(word());
        }
        return out.append('.').toString();
    }

    String separator() {
        int roll = random.nextInt(100);
        return roll < 80 ? " " : roll < 85 ? ", " : roll < 92 ? ". " : roll < 96 ? "\n" : "\n\n";
    }

    /** A text of {@code words} words with each of {@code repeated} inserted at two or three places. */
    String text(int words, List<String> repeated) {
        var tokens = new ArrayList<String>();
        for (int i = 0; i < words; i++) {
            tokens.add(word());
        }
        for (var sentence : repeated) {
            int copies = 2 + random.nextInt(2);
            for (int c = 0; c < copies; c++) {
                tokens.add(random.nextInt(tokens.size() + 1), sentence);
            }
        }
        var out = new StringBuilder();
        for (var token : tokens) {
            out.append(token).append(separator());
        }
        return out.toString();
    }
}
