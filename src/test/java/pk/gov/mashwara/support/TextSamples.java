package pk.gov.mashwara.support;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Texts as they come: plain-text files that Tika takes for something else (a text in an old single-byte encoding,
 * of no type at all since its bytes are not UTF-8, a text whose first line looks like a robots file, one that starts
 * like a mail), and an act as text comes out of its PDF.
 */
public final class TextSamples {

    /** English with typographic quotes and dashes, as old Windows editors saved it. */
    public static final String ENGLISH = """
            Comments of the working group on the draft rules.
            The Authority shall publish a “register” of platforms – and of each licensee’s officer – within ninety days.
            Café owners, naïve users and their résumés are not affected.
            """;

    /** Urdu as old Windows editors saved it in windows-1256 (which has Arabic ي for Urdu ی and no ۔). */
    public static final String URDU = """
            وفاقي حکومت کي پاليسي کے مطابق لائسنس يافتگان شکايات کا ريکارڈ رکھيں گے.
            اتھارٹي ہر پليٹ فارم کي رجسٹريشن کرے گي اور نوے دن ميں فيصلہ کرے گي.
            """;

    public static final String ROBOTS_LIKE = """
            User-agent: every platform operating in Pakistan
            Disallow: content the Authority has ordered removed

            The two lines above are how the committee summarised the obligation.
            """;

    public static final String MAIL_LIKE = """
            From: Section Officer (Legislation), MoIT
            To: Secretary, NSMCWG
            Subject: Draft rules for input

            The draft rules are sent for the working group's input before submission.
            """;

    /** An act as text comes out of its PDF: a line break every 80 characters or so, headings, clauses and items. */
    public static final String ACT_FROM_PDF = """
            THE SOCIAL MEDIA RULES, 2026

            CHAPTER I
            PRELIMINARY
            1. Short title.
            (1) These rules may be called the Social Media (Protection of Citizens) Rules,
            2026, and shall come into force at once on their publication in the official
            Gazette.
            (2) They extend to the whole of Pakistan and apply to every significant social
            media company, whether or not it has an office or a representative in Pakistan.
            2. Definitions.
            In these rules, unless there is anything repugnant in the subject or context,—
            (a) "Authority" means the Pakistan Telecommunication Authority established
            under section 3 of the Pakistan Telecommunication (Re-organization) Act, 1996
            (XVII of 1996);
            (b) "online content" means any information, data or communication made
            available through an information system, including any order, regu-
            lation, notice or direction of the Authority under sub-section
            (1) of section 37 of the Act; and
            (c) "platform" means a social media company registered under rule 3.
            3. Registration.
            Every significant social media company shall register with the Authority
            within ninety days of these rules coming into force. The Authority shall
            keep a register of such companies.
            The register shall be open to inspection by the public during office hours.
            """;

    private TextSamples() {
    }

    public static byte[] windows1252() {
        return ENGLISH.getBytes(Charset.forName("windows-1252"));
    }

    public static byte[] windows1256() {
        return URDU.getBytes(Charset.forName("windows-1256"));
    }

    public static byte[] robotsLike() {
        return ROBOTS_LIKE.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] mailLike() {
        return MAIL_LIKE.getBytes(StandardCharsets.US_ASCII);
    }
}
