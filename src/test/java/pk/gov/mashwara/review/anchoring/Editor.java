package pk.gov.mashwara.review.anchoring;

import java.util.List;
import java.util.SplittableRandom;

import pk.gov.mashwara.review.anchoring.RelocatorRandomizedTest.Scenario;

/** Applies a scenario's edits to a text, around and inside the quote {@code [start, end)} of the original. */
final class Editor {

    private final SplittableRandom random;
    private final RandomTexts texts;
    private final EditedText text;
    private final int start;
    private final int end;
    private final List<String> log;

    Editor(SplittableRandom random, RandomTexts texts, EditedText text, int start, int end, List<String> log) {
        this.random = random;
        this.texts = texts;
        this.text = text;
        this.start = start;
        this.end = end;
        this.log = log;
    }

    void apply(Scenario scenario) {
        switch (scenario) {
            case INTACT -> { }
            case LIGHT -> insideQuote(1, 6);
            case HEAVY -> insideQuote(1 + random.nextInt(Math.max(1, (end - start) / 12)), 5);
            case DELETED -> deleteQuote();
            case SPACING -> respace();
            case MOVED -> moveQuote();
            case NEIGHBOURS -> {
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    near();
                }
            }
        }
        for (int i = random.nextInt(13); i > 0; i--) {
            elsewhere();
        }
    }

    /** Where the quote's surviving characters are now. */
    private int[] quote() {
        return text.whereIs(start, end);
    }

    private void insideQuote(int edits, int size) {
        for (int i = 0; i < edits; i++) {
            int[] q = quote();
            if (q == null) {
                return;
            }
            int at = q[0] + random.nextInt(q[1] - q[0]);
            int to = Math.min(q[1], at + random.nextInt(size + 1));
            String inserted = texts.words(1 + random.nextInt(size)).strip();
            reword(at, to, inserted.isEmpty() ? "x" : inserted);
        }
    }

    private void deleteQuote() {
        int[] q = quote();
        replace(Math.max(0, q[0] - random.nextInt(11)), Math.min(text.length(), q[1] + random.nextInt(11)), "");
    }

    private void respace() {
        int[] q = quote();
        for (int i = q[1] - 1; i >= q[0]; i--) {
            if (text.charAt(i) == ' ' && random.nextInt(3) == 0) {
                String[] spacing = {"\n", "  ", " \n", "\r\n", "\t"};
                reword(i, i + 1, spacing[random.nextInt(spacing.length)]);
            }
        }
        if (random.nextBoolean()) {
            int at = q[0] + random.nextInt(q[1] - q[0]);
            if (text.charAt(at) == ' ' || at > 0 && text.charAt(at - 1) == ' ') {
                reword(at, at, "\n");
            }
        }
    }

    private void moveQuote() {
        int[] q = quote();
        int from = Math.max(0, q[0] - random.nextInt(301));
        int to = Math.min(text.length(), q[1] + random.nextInt(301));
        int rest = text.length() - (to - from);
        if (rest > 0) {
            int at = random.nextInt(rest + 1);
            log.add("move " + from + ".." + to + " to " + at);
            text.move(from, to, at);
        }
    }

    /** An edit within 40 characters of the quote, outside it. */
    private void near() {
        int[] q = quote();
        if (q == null) {
            return;
        }
        boolean before = random.nextBoolean();
        int at = before ? Math.max(0, q[0] - random.nextInt(41)) : Math.min(text.length(), q[1] + random.nextInt(41));
        int to = before ? Math.min(q[0], at + random.nextInt(12)) : Math.min(text.length(), at + random.nextInt(12));
        replace(at, to, random.nextBoolean() ? "" : texts.words(1 + random.nextInt(12)));
    }

    /** An edit anywhere that leaves the quote alone. */
    private void elsewhere() {
        for (int attempt = 0; attempt < 20; attempt++) {
            int at = random.nextInt(text.length() + 1);
            int to = Math.min(text.length(), at + random.nextInt(60));
            int roll = random.nextInt(3);
            if (roll == 0) {
                to = at;
            }
            boolean insideQuote = at > 0 && at < text.length() && text.touches(at - 1, at + 1, start, end)
                    && text.touches(at - 1, at, start, end) && text.touches(at, at + 1, start, end);
            if (!text.touches(at, to, start, end) && !insideQuote) {
                replace(at, to, roll == 1 ? "" : texts.words(1 + random.nextInt(80)));
                return;
            }
        }
    }

    private void replace(int from, int to, String inserted) {
        edit(from, to, inserted, EditedText.INSERTED);
    }

    /** An edit inside the quote: what is put there is the quote's new wording. */
    private void reword(int from, int to, String inserted) {
        edit(from, to, inserted, EditedText.REWORDED);
    }

    private void edit(int from, int to, String inserted, int origin) {
        if (from == to && inserted.isEmpty()) {
            return;
        }
        log.add(from + ".." + to + "→\"" + inserted.replace("\n", "\\n") + '"');
        text.replace(from, to, inserted, origin);
    }
}
