package pk.gov.mashwara.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the running headers and footers of a paged text by repetition: a line among the first or the last few
 * lines of its page that comes back on a good share of the pages ({@value #SHARE_PERCENT}% and at least
 * {@value #MIN_PAGES} pages; every page of a text of two or three) is the page's furniture, not the document's
 * text. Lines are compared with their numbers left out, so that "Page 3 of 5" and "Page 4 of 5" are one line, and
 * a page number alone ("3", "- 3 -", "iv") is one line too. A line that comes back on two pages of forty is not
 * a running line, and a text of one page has none.
 *
 * <p>A header that changes with each chapter (a manual's "Chapter 3. System initialization" over the pages of its
 * third chapter) comes back on few pages of the whole text, but on most pages of its chapter: a line of two words or
 * more that comes back on at least {@value #MIN_CHAPTER_PAGES} pages, each within {@value #CHAPTER_GAP} pages of the
 * one before (a book that alternates its title and the chapter's on facing pages has it every other page), is a
 * running line too. The bar is higher than for the whole text: a word such as "Note" or a table's header row can
 * open three pages in a row of a manual's body.
 *
 * <p>Pure: it reads the text and the page starts the extraction stored, and changes neither.
 */
public final class RunningLines {

    /** How many lines at the top and at the bottom of a page may be running lines. */
    static final int EDGE_LINES = 3;
    /** A running line is short; a longer one is body text that happens to repeat. */
    static final int MAX_LENGTH = 150;
    static final int SHARE_PERCENT = 40;
    static final int MIN_PAGES = 3;
    /** The most pages from one occurrence of a chapter's running line to the next. */
    static final int CHAPTER_GAP = 2;
    /** The fewest pages a chapter's running line is found on. */
    static final int MIN_CHAPTER_PAGES = 4;

    private static final Pattern ROMAN = Pattern.compile("(?=.)x{0,3}(?:ix|iv|v?i{0,3})");
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+");

    private RunningLines() {
    }

    /** The pages of {@code text} and its running lines; {@link TextPages#NONE} when it has no pages. */
    public static TextPages find(String text, int[] pageStarts) {
        var starts = starts(text, pageStarts);
        if (starts.isEmpty()) {
            return TextPages.NONE;
        }
        if (starts.size() < 2) {
            return new TextPages(starts, List.of(), List.of());
        }
        // the edge lines of each page, by what they say with numbers left out, at the top and at the bottom
        var top = new LinkedHashMap<String, List<Line>>();
        var bottom = new LinkedHashMap<String, List<Line>>();
        for (int page = 0; page < starts.size(); page++) {
            int from = starts.get(page);
            int to = page + 1 < starts.size() ? starts.get(page + 1) : text.length();
            var lines = lines(text, from, to);
            var edges = new ArrayList<Line>();
            for (int i = 0; i < lines.size(); i++) {
                if (i < EDGE_LINES || i >= lines.size() - EDGE_LINES) {
                    edges.add(lines.get(i));
                }
            }
            for (int i = 0; i < edges.size(); i++) {
                var line = edges.get(i);
                var key = key(text.substring(line.start(), line.end()));
                if (key == null) {
                    continue;
                }
                var onTop = lines.indexOf(line) < EDGE_LINES;
                var counts = onTop ? top : bottom;
                var seen = counts.computeIfAbsent(key, k -> new ArrayList<>());
                if (seen.isEmpty() || seen.getLast().page() != page) {
                    seen.add(new Line(page, line.start(), line.end()));
                }
            }
        }
        int needed = starts.size() <= MIN_PAGES ? starts.size()
                : Math.max(MIN_PAGES, (starts.size() * SHARE_PERCENT + 99) / 100);
        var running = new ArrayList<TextPages.Running>();
        var hidden = new ArrayList<TextPages.Hidden>();
        collect(text, top, bottom, TextPages.Place.HEADER, needed, running, hidden);
        collect(text, bottom, top, TextPages.Place.FOOTER, needed, running, hidden);
        if (starts.size() > 2 * MIN_PAGES) {
            chapters(text, top, bottom, TextPages.Place.HEADER, needed, running, hidden);
            chapters(text, bottom, top, TextPages.Place.FOOTER, needed, running, hidden);
        }
        hidden.sort(Comparator.comparingInt(TextPages.Hidden::start));
        return new TextPages(starts, running, dedupe(hidden));
    }

    private static void collect(String text, Map<String, List<Line>> here, Map<String, List<Line>> there,
            TextPages.Place place, int needed, List<TextPages.Running> running, List<TextPages.Hidden> hidden) {
        for (var entry : here.entrySet()) {
            var lines = entry.getValue();
            var elsewhere = there.getOrDefault(entry.getKey(), List.of());
            // a line of a short page is both among the first and the last lines: it belongs where it appears more
            var belongsHere = lines.size() > elsewhere.size()
                    || (lines.size() == elsewhere.size() && place == TextPages.Place.HEADER);
            var all = new ArrayList<>(lines);
            all.addAll(elsewhere);
            var pages = (int) all.stream().mapToInt(Line::page).distinct().count();
            if (pages < needed || !belongsHere) {
                continue;
            }
            running.add(new TextPages.Running(place, shown(text, all), "#".equals(entry.getKey()), pages));
            all.forEach(l -> hidden.add(new TextPages.Hidden(l.start(), l.end())));
        }
    }

    /**
     * The lines that run through a chapter: too rare in the whole text for {@link #collect}, but on at least
     * {@link #MIN_CHAPTER_PAGES} pages close together (each within {@link #CHAPTER_GAP} pages of the one before).
     */
    private static void chapters(String text, Map<String, List<Line>> here, Map<String, List<Line>> there,
            TextPages.Place place, int needed, List<TextPages.Running> running, List<TextPages.Hidden> hidden) {
        for (var entry : here.entrySet()) {
            var lines = entry.getValue();
            var elsewhere = there.getOrDefault(entry.getKey(), List.of());
            var pagesInAll = java.util.stream.Stream.concat(lines.stream(), elsewhere.stream()).mapToInt(Line::page)
                    .distinct().count();
            // found in the whole text already, or more often at the other edge of the page
            if (pagesInAll >= needed || lines.size() < elsewhere.size() || "#".equals(entry.getKey())
                    || !entry.getKey().strip().contains(" ")) {
                continue;
            }
            var kept = new ArrayList<Line>();
            var run = new ArrayList<Line>();
            for (var line : lines) {
                if (!run.isEmpty() && line.page() - run.getLast().page() > CHAPTER_GAP) {
                    keepRun(run, kept);
                    run.clear();
                }
                run.add(line);
            }
            keepRun(run, kept);
            if (kept.isEmpty()) {
                continue;
            }
            running.add(new TextPages.Running(place, shown(text, kept), false, kept.size()));
            kept.forEach(l -> hidden.add(new TextPages.Hidden(l.start(), l.end())));
        }
    }

    private static void keepRun(List<Line> run, List<Line> kept) {
        if (run.size() >= MIN_CHAPTER_PAGES) {
            kept.addAll(run);
        }
    }

    private static List<TextPages.Hidden> dedupe(List<TextPages.Hidden> sorted) {
        var kept = new ArrayList<TextPages.Hidden>();
        for (var h : sorted) {
            if (kept.isEmpty() || kept.getLast().end() <= h.start()) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** The line as it reads on its first page, with the numbers that change from page to page as {@code #}. */
    private static String shown(String text, List<Line> all) {
        var lines = all.stream().sorted(Comparator.comparingInt(Line::start)).toList();
        var first = text.substring(lines.getFirst().start(), lines.getFirst().end()).strip().replaceAll("\\s+", " ");
        var numbers = lines.stream().map(l -> NUMBER.matcher(text.substring(l.start(), l.end())).results()
                .map(r -> r.group()).toList()).toList();
        var out = new StringBuilder();
        var matcher = NUMBER.matcher(first);
        int index = 0;
        while (matcher.find()) {
            int i = index++;
            var same = numbers.stream().allMatch(n -> n.size() > i && n.get(i).equals(matcher.group()));
            matcher.appendReplacement(out, same ? matcher.group() : "#");
        }
        matcher.appendTail(out);
        return ROMAN.matcher(out.toString().toLowerCase(Locale.ROOT)).matches() ? "#" : out.toString();
    }

    /**
     * What a line says, for comparing: spaces collapsed, letters in lower case, each number (in any script's digits)
     * as {@code #}, a line of roman numerals alone as a number; {@code null} for a line too long to be furniture.
     */
    static String key(String line) {
        var stripped = line.strip().replaceAll("\\s+", " ");
        if (stripped.isEmpty() || stripped.length() > MAX_LENGTH) {
            return null;
        }
        var lower = stripped.toLowerCase(Locale.ROOT);
        if (ROMAN.matcher(lower).matches()) {
            return "#";
        }
        var key = NUMBER.matcher(lower).replaceAll("#");
        // "- 3 -", "[3]", "3 |": a page number with a little decoration is a page number
        return key.contains("#") && key.replaceAll("[\\p{P}\\p{S}\\s]", "").isEmpty() ? "#" : key;
    }

    /** The page starts that make sense for this text: inside it, in increasing order. */
    private static List<Integer> starts(String text, int[] pageStarts) {
        var starts = new ArrayList<Integer>();
        if (text == null || text.isEmpty() || pageStarts == null) {
            return starts;
        }
        for (int start : pageStarts) {
            if (start >= 0 && start < text.length() && (starts.isEmpty() || start > starts.getLast())) {
                starts.add(start);
            }
        }
        return starts;
    }

    /** The non-blank lines of {@code text[from, to)}, each without its surrounding spaces. */
    private static List<Line> lines(String text, int from, int to) {
        var lines = new ArrayList<Line>();
        int at = from;
        while (at < to) {
            int end = at;
            while (end < to && !isLineBreak(text.charAt(end))) {
                end++;
            }
            int s = at;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                lines.add(new Line(-1, s, e));
            }
            at = end + 1;
        }
        return lines;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private record Line(int page, int start, int end) {
    }
}
