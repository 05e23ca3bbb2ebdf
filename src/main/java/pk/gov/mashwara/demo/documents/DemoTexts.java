package pk.gov.mashwara.demo.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The wording of the demo drafts and of their revisions.
 *
 * <p>The drafts themselves are plain-text resources under {@code /demo/documents/}, kept out of the
 * Java source so that the wording can be edited like a document. A resource is a sequence of
 * paragraphs separated by blank lines; the lines of a paragraph are joined with single spaces, so
 * the files can be wrapped at any width. A paragraph may start with one of these markers:
 *
 * <ul>
 *   <li>{@code "# "}: centred, bold (letterheads, chapter and schedule headings);
 *   <li>{@code "## "}: a bold heading (section, rule or regulation headings);
 *   <li>{@code "> "} / {@code ">> "}: a clause indented one or two levels;
 *   <li>{@code "^ "}: right-aligned (dates, signature blocks);
 *   <li>{@code "---"} (alone): a page break, e.g. before a schedule.
 * </ul>
 *
 * <p>A revision is expressed as a list of {@link Edit}s against the original paragraphs, rather
 * than as a second copy of the text, so that what changed between versions is visible at a glance.
 */
final class DemoTexts {

    private static final String RESOURCE_FOLDER = "/demo/documents/";

    private DemoTexts() {
    }

    /** How a paragraph is laid out, as given by its marker. */
    enum Style {
        CENTRED("# "),
        HEADING("## "),
        BODY(""),
        INDENTED("> "),
        DOUBLY_INDENTED(">> "),
        RIGHT("^ "),
        PAGE_BREAK("---");

        private final String marker;

        Style(String marker) {
            this.marker = marker;
        }
    }

    /** A paragraph with its marker resolved into a {@link Style}. */
    record Block(Style style, String text) {

        // Longer markers first: "## " must win over "# ", and ">> " over "> ".
        private static final List<Style> BY_MARKER_LENGTH = List.of(
                Style.PAGE_BREAK, Style.HEADING, Style.DOUBLY_INDENTED, Style.CENTRED, Style.INDENTED, Style.RIGHT);

        static Block parse(String paragraph) {
            for (Style style : BY_MARKER_LENGTH) {
                if (paragraph.startsWith(style.marker)) {
                    return new Block(style, paragraph.substring(style.marker.length()).strip());
                }
            }
            return new Block(Style.BODY, paragraph.strip());
        }

        /** Whether the text is (mostly) Urdu, which is written right to left. */
        boolean isRightToLeft() {
            long arabicScript = text.codePoints()
                    .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC)
                    .count();
            return arabicScript > text.length() / 2;
        }
    }

    /** Loads the paragraphs of the resource {@code /demo/documents/<name>.txt}. */
    static List<String> load(String name) {
        String path = RESOURCE_FOLDER + name + ".txt";
        try (InputStream in = DemoTexts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Demo text not found on the classpath: " + path);
            }
            return paragraphs(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo text " + path, e);
        }
    }

    /**
     * Splits a text into paragraphs, joining the lines of each. A paragraph ends at a blank line or
     * where the next line starts with a marker, so that a letterhead or a signature block can be
     * written as consecutive lines.
     */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.strip().split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || startsWithMarker(trimmed)) {
                flush(current, paragraphs);
            }
            if (!trimmed.isEmpty()) {
                current.append(current.isEmpty() ? "" : " ").append(trimmed);
            }
        }
        flush(current, paragraphs);
        return List.copyOf(paragraphs);
    }

    private static boolean startsWithMarker(String line) {
        return Block.parse(line).style() != Style.BODY;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    /**
     * One change to a draft. The anchor is a piece of text that must occur in exactly one
     * paragraph, so that a revision can never silently apply to the wrong clause.
     */
    sealed interface Edit {

        String anchor();

        /** Replaces the paragraph containing the anchor. */
        record Replace(String anchor, String text) implements Edit {
        }

        /** Inserts paragraphs after the one containing the anchor. */
        record InsertAfter(String anchor, List<String> texts) implements Edit {
        }

        /** Removes the paragraph containing the anchor. */
        record Remove(String anchor) implements Edit {
        }

        static Edit replace(String anchor, String text) {
            return new Replace(anchor, text);
        }

        static Edit insertAfter(String anchor, String... texts) {
            return new InsertAfter(anchor, List.of(texts));
        }

        static Edit remove(String anchor) {
            return new Remove(anchor);
        }
    }

    /** Applies the edits in order and returns the revised paragraphs. */
    static List<String> revise(List<String> paragraphs, List<Edit> edits) {
        List<String> revised = new ArrayList<>(paragraphs);
        for (Edit edit : edits) {
            int index = indexOf(revised, edit.anchor());
            switch (edit) {
                case Edit.Replace replace -> revised.set(index, replace.text());
                case Edit.InsertAfter insert -> revised.addAll(index + 1, insert.texts());
                case Edit.Remove ignored -> revised.remove(index);
            }
        }
        return List.copyOf(revised);
    }

    private static int indexOf(List<String> paragraphs, String anchor) {
        int[] matches = IntStream.range(0, paragraphs.size())
                .filter(i -> paragraphs.get(i).contains(anchor))
                .toArray();
        if (matches.length != 1) {
            throw new IllegalStateException(
                    "Revision anchor must match exactly one paragraph, matched " + matches.length + ": " + anchor);
        }
        return matches[0];
    }

    private static final String CONSULTATION_LINE = "# DRAFT FOR CONSULTATION OF THE NATIONAL SOCIAL MEDIA";

    private static final String REVISED_LINE =
            "# REVISED DRAFT (VERSION 2) INCORPORATING THE COMMENTS OF THE NATIONAL SOCIAL MEDIA COORDINATION"
                    + " WORKING GROUP";

    /**
     * Version 2 of the MoIT rules: shorter emergency compliance time, a human-rights member on the
     * Oversight Committee, no extension of compliance time, and published samples of orders.
     */
    static final List<Edit> MOIT_CONTENT_RULES_REVISION = List.of(
            Edit.replace(CONSULTATION_LINE, REVISED_LINE),
            Edit.replace("shall comply with a direction issued under sub-rule (1) within twelve",
                    "(2) A Social Media Company shall comply with a direction issued under sub-rule (1) within six"
                            + " hours of its receipt, and shall confirm its compliance to the Authority through"
                            + " the Portal."),
            Edit.remove("Provided that the Authority may, on a written request stating reasons, extend"),
            Edit.replace("> (c) an officer of the Law and Justice Division",
                    "> (c) an officer of the Law and Justice Division not below the rank of Joint Secretary;"),
            Edit.replace("nominated by the Federal Government for a term of two years.",
                    "> (d) two persons of known integrity with experience of at least ten years in the fields of"
                            + " journalism, digital rights or information technology, nominated by the Federal"
                            + " Government for a term of two years; and"),
            Edit.insertAfter("nominated by the Federal Government for a term of two years; and",
                    "> (e) the Chairperson of the National Commission for Human Rights, or a member of the"
                            + " Commission nominated by the Chairperson."),
            Edit.replace("The quorum for a meeting of the Oversight Committee shall be three members",
                    "(3) The quorum for a meeting of the Oversight Committee shall be four members, including the"
                            + " Chairperson."),
            Edit.insertAfter("A transparency report shall not disclose the personal information",
                    "(3) Together with every transparency report, the Authority shall publish anonymised"
                            + " summaries of not fewer than twenty orders passed during the half-year, selected so"
                            + " as to include orders passed on each ground invoked."));

    /**
     * Version 2 of the PEMRA regulations: individual content creators are taken out of scope,
     * corrections are due sooner, and a new accessibility regulation is added.
     */
    static final List<Edit> PEMRA_REGULATIONS_REVISION = List.of(
            Edit.replace(CONSULTATION_LINE, REVISED_LINE),
            Edit.replace("makes available the programmes or news and current affairs content of that licensee",
                    "> (b) every person who, under a contract, arrangement or understanding with a licensee, makes"
                            + " available the programmes or news and current affairs content of that licensee"
                            + " through a digital outlet."),
            Edit.remove("to more than one hundred thousand subscribers or followers"),
            Edit.replace("A person referred to in clause (c) of regulation 3 may apply",
                    "(1) Any person who, on a regular and commercial basis, disseminates news and current affairs"
                            + " content in Pakistan through the internet may apply to the Authority for"
                            + " registration as a digital news outlet."),
            Edit.replace("it shall, within twenty-four hours, publish a correction",
                    "(1) Where a licensee becomes aware that digital media content made available by it contains"
                            + " a material inaccuracy, it shall, within twelve hours, publish a correction with the"
                            + " same prominence as the original content, in the format set out in the Second"
                            + " Schedule."),
            Edit.insertAfter("for a user comment of which it was not aware",
                    "## 10A. Accessibility.",
                    "(1) A licensee shall provide closed captions in Urdu or English for all news and current"
                            + " affairs content made available on demand through its digital outlets.",
                    "(2) A licensee holding a licence for a news and current affairs channel shall make available"
                            + " at least one news bulletin every day with sign language interpretation."));

    /**
     * Version 2 of the PTA regulations: a lower registration threshold, an office anywhere in
     * Pakistan, outsourced grievance officers allowed, and an accessible grievance mechanism.
     */
    static final List<Edit> PTA_REGULATIONS_REVISION = List.of(
            Edit.replace(CONSULTATION_LINE, REVISED_LINE),
            Edit.replace("which has more than two million registered users in Pakistan",
                    "> (g) \"significant social media platform\" means a social media platform which has more than"
                            + " one million registered users in Pakistan, or which the Authority has designated as"
                            + " such under sub-regulation (3) of regulation 3;"),
            Edit.replace("with fewer than two million registered",
                    "(3) The Authority may, after affording an opportunity of being heard and for reasons to be"
                            + " recorded in writing, designate a social media platform with fewer than one million"
                            + " registered users in Pakistan as a significant social media platform, where it is"
                            + " satisfied that the nature of the service gives rise to a substantial risk of harm"
                            + " to users in Pakistan."),
            Edit.replace("permanent registered office in Islamabad",
                    "Every significant social media platform shall establish and maintain a registered office in"
                            + " Pakistan, the address of which shall be notified to the Authority and published on"
                            + " the platform."),
            Edit.replace("> (a) be a citizen of Pakistan resident in Pakistan;",
                    "> (a) be a citizen of Pakistan resident in Pakistan; and"),
            Edit.remove("> (b) be an employee of the platform or of its subsidiary"),
            Edit.replace("> (c) possess adequate knowledge of the community guidelines",
                    "> (b) possess adequate knowledge of the community guidelines of the platform and of the laws"
                            + " of Pakistan relating to online content."),
            Edit.insertAfter("approach the Authority, which shall deal with the matter",
                    "(6) The grievance mechanism shall be accessible to persons with disabilities, and every"
                            + " significant social media platform shall maintain a telephone helpline in Urdu for"
                            + " users who are unable to use the online mechanism."));
}
