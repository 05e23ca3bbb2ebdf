package pk.gov.mashwara.demo;

import java.time.LocalDate;
import java.util.List;

import pk.gov.mashwara.directions.Timeline;

/**
 * The Prime Minister's Office letter No. 1(1)/AS-II/2021 of 4 October 2021, as transcribed from the copy the
 * Military Accountant General received ({@code ../shared/docs/PMO-LETTER-2021.md}): its eight directions word for
 * word, with their time lines and "action by" as written, and their typed time lines.
 */
public final class DemoLetter {

    private DemoLetter() {
    }

    public static final String REFERENCE = "No. 1(1)/AS-II/2021";
    public static final LocalDate DATE = LocalDate.of(2021, 10, 4);
    public static final String SUBJECT = "MEETING – SOCIAL MEDIA COORDINATION HELD ON 27th AUGUST 2021";
    public static final String OPENING = "During a meeting on Social Media Coordination held on 27th August 2021, the "
            + "following directions were given by the Prime Minister:";
    public static final String PARAGRAPH_2 = "2. Action may be taken for compliance of the directions of the Prime "
            + "Minister as per given timelines and progress report may be submitted to this office within the "
            + "specified timelines.";
    public static final String SIGNED_BY = "Additional Secretary-II, PMO";
    public static final String FORMATION = "formation of NSMCWG";
    public static final String NOMINATIONS = "nominations from NSMCWG";

    /**
     * A direction as the letter gives it.
     *
     * @param lead       the lead body's directory code, or null (none, or every body)
     * @param supporting the supporting bodies' codes
     */
    public record Item(String label, String text, String timelineText, Timeline timeline, String actionBy,
            boolean allBodies, String lead, List<String> supporting) {
    }

    public static final List<Item> DIRECTIONS = List.of(
            new Item("1", "A permanent National Social Media Coordination Working Group (NSMCWG) be formed consisting "
                    + "of all the relevant stakeholders to work on relevant policies, provide input to the government on "
                    + "social media related issues and engage with international social media companies in a coherent "
                    + "and coordinated manner.", "Immediate", Timeline.immediate(), "PMO", false, "PMO", List.of()),
            new Item("2", "Any suggestions/recommendations of the NSMCWG to be routed through the competent authority "
                    + "according to the Rules of Business.", "—", Timeline.none(), "—", false, null, List.of()),
            new Item("3", "One focal person to be appointed as the designated point person to engage with social media "
                    + "firms, in line with policy and guidance from the government. NSMCWG to recommend name to PM after "
                    + "forming consensus.", "Upon nominations from NSMCWG", Timeline.uponEvent(NOMINATIONS), "NSMCWG",
                    false, "NSMCWG", List.of()),
            new Item("4", "All relevant ministries/agencies shall share relevant data with NSMCWG, if and when requested, "
                    + "to enable informed decisions and empowered negotiations and engagements with social media "
                    + "companies.", "Ongoing", Timeline.ongoing(null), "All Ministries/Divisions", true, null, List.of()),
            new Item("5", "Only MoIT or a designated spokesperson from the NSMCWG to issue statements on behalf of the "
                    + "government, concerning engagement with social media companies.", "Upon formation of NSMCWG",
                    Timeline.uponEvent(FORMATION), "All Ministries/Divisions", true, null, List.of()),
            new Item("6", "All committees currently working on policies/rules/legal/regulatory frameworks related to or "
                    + "having an impact on social media shall share their drafts with NSMCWG for input before submission "
                    + "for approval of competent authorities.", "Upon formation of NSMCWG", Timeline.uponEvent(FORMATION),
                    "MoIT, MoIB, PTA, PEMRA, Law Division, Cabinet Division", false, "MOIT",
                    List.of("MOIB", "PTA", "PEMRA", "LAW", "CABINET")),
            new Item("7", "Negotiations to be held with Google for opening of the liaison office.", "Immediate",
                    Timeline.immediate(), "NSA (lead) / relevant NSMCWG members", false, "NSA", List.of("NSMCWG")),
            new Item("B", "M/O Law to review and propose required amendments to strengthen defamation laws in Pakistan. "
                    + "It may also study the UK defamation law and other international laws for the purpose.",
                    "1 month", Timeline.within(1, Timeline.Unit.MONTHS), "Ministry of Law", false, "LAW", List.of()));

    /** The letter as a born-digital file, for the file store. */
    public static String asText() {
        var out = new StringBuilder("IMMEDIATE\n\nPRIME MINISTER'S OFFICE\nISLAMABAD\n\n" + REFERENCE
                + "\nDated 04-10-2021\n\nSubject: " + SUBJECT + "\n\n" + OPENING + "\n\n");
        for (var item : DIRECTIONS) {
            out.append(item.label()).append(". ").append(item.text()).append("\n   Time line: ")
                    .append(item.timelineText()).append("\n   Action by: ").append(item.actionBy()).append("\n\n");
        }
        out.append(PARAGRAPH_2).append("\n\n").append(SIGNED_BY).append("\n\nNational Security Advisor, Islamabad\n"
                + "Secretaries, All Ministries/Divisions\nChairman, PTA\nChairman, PEMRA\n\nCopy to:\nJS (IA-I)\n"
                + "JS to SPM\n");
        return out.toString();
    }
}
