package pk.gov.mashwara.review;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code @handles} a comment mentions: user names ({@code @nsmcwg.member}) or committee codes
 * ({@code @PTA}). An address such as {@code someone@example.org} is not a mention.
 */
final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._@-])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,62}[\\p{L}\\p{N}]|[\\p{L}\\p{N}])");

    private Mentions() {
    }

    static Set<String> in(String text) {
        var found = new LinkedHashSet<String>();
        if (text == null) {
            return found;
        }
        var m = MENTION.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
