package pk.gov.mashwara.review;

import java.time.Instant;

/**
 * Replies others wrote in the user's threads of a draft since a moment: how many, and the latest one (its author's
 * name, its first line shortened, when).
 */
public record RepliesSince(long count, String latestAuthor, String latestLine, Instant latestAt) {

    static final RepliesSince NONE = new RepliesSince(0, null, null, null);
    /** The longest line of a reply shown, in characters. */
    static final int SHORT_LINE = 80;

    static String shortLine(String body) {
        var line = body.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= SHORT_LINE) {
            return line;
        }
        var end = line.offsetByCodePoints(0, SHORT_LINE - 1);
        var cut = line.lastIndexOf(' ', end);
        return line.substring(0, cut > SHORT_LINE / 2 ? cut : end).strip() + "…";
    }
}
