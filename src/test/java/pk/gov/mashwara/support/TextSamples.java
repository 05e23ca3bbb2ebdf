package pk.gov.mashwara.support;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Plain-text files that Tika takes for something else: a text in an old single-byte encoding (no type at all, since
 * its bytes are not UTF-8), a text whose first line looks like a robots file, one that starts like a mail.
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
