package pk.gov.mashwara.record.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.VersionInfo;
import pk.gov.mashwara.record.RecordBlock;
import pk.gov.mashwara.review.AnchorState;
import pk.gov.mashwara.review.CommentView;
import pk.gov.mashwara.review.Passage;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ThreadStatus;
import pk.gov.mashwara.review.ThreadView;

/**
 * The PDF of a review record on its own, from a record put together by hand: what it says when read back, that
 * Urdu and markup come through as text, and how its pages look (rendered to {@code target/screenshots}).
 */
class RecordPdfTest {

    static final String URDU_TITLE = "سوشل میڈیا قواعد برائے شکایات 2026";
    static final String SHA_1 = "3f9a0c5be1d24e7a8b6c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a";
    static final String SHA_2 = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";

    @Test
    void the_record_reads_back_with_its_particulars_versions_threads_and_urdu() throws IOException {
        var rendered = RecordPdf.write(sample());
        render(rendered.content(), "record-sample");

        assertThat(rendered.pages()).isGreaterThan(1);
        var text = text(rendered.content());
        assertThat(text).contains("REVIEW RECORD", "Diary No. NSMCWG/2026/0042", "Government of Pakistan".toUpperCase(),
                SHA_1, SHA_2, "within twenty-four hours", "We will consider forty-eight hours.",
                "Reason: The Act already fixes seven days.", "<script>alert('x')</script> & <b>bold</b>",
                "Status history", "Page 1 of " + rendered.pages(), "carried from version 1");
        assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", ""))
                .contains(URDU_TITLE.replaceAll("\\s+", ""));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = { "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
            "\u2066", "\u2067", "\u2068", "\u2069" })
    void a_direction_control_in_a_title_or_comment_is_left_out_and_the_record_is_written(String control)
            throws IOException {
        var sample = sample();
        var d = sample.draft();
        var draft = new DraftDetails(d.id(), "Rules " + control + "evil.exe", d.committeeId(), d.committeeCode(),
                d.kind(), d.legalBasis() + control, d.financialImplications(), d.classification(), d.status(),
                d.diaryNumber(), d.createdBy(), d.createdAt(), d.updatedAt(), d.submittedAt(), d.statusNote(),
                d.versions(), d.version(), d.permissions());
        var content = new RecordContent(draft, sample.committeeName(), sample.textStatus(), sample.threads(),
                sample.window(), sample.sections(), sample.generatedAt(), sample.generatedBy(), sample.people());

        var text = text(RecordPdf.write(content).content());

        assertThat(text).contains("Rules evil.exe").doesNotContain(control);
    }

    /**
     * An Urdu title with parentheses, numbers and a dash is set in the order the Unicode bidirectional algorithm
     * gives it (by ICU): read back left to right as it stands on the page, it is exactly ICU's visual order of the
     * title, brackets mirrored, not the order it was typed in nor a hand-made reversal.
     */
    @Test
    void the_particulars_name_the_committees_file_number_and_the_priority_mark() throws IOException {
        var sample = sample();
        var d = sample.draft();
        var draft = new DraftDetails(d.id(), d.title(), d.committeeId(), d.committeeCode(), d.kind(), d.legalBasis(),
                d.financialImplications(), d.classification(), d.status(), d.diaryNumber(), d.createdBy(),
                d.createdAt(), d.updatedAt(), d.submittedAt(), d.statusNote(), d.versions(), d.version(),
                d.permissions(), "F. No. 14-2/2026-PTA (Reg.)", pk.gov.mashwara.draft.Priority.MOST_IMMEDIATE);
        var content = new RecordContent(draft, sample.committeeName(), sample.textStatus(), sample.threads(),
                sample.window(), sample.sections(), sample.generatedAt(), sample.generatedBy(), sample.people());
        var text = text(RecordPdf.write(content).content());
        assertThat(text).contains("File number", "F. No. 14-2/2026-PTA (Reg.)", "Priority", "Most Immediate",
                "NSMCWG/2026/0042");
        // without one, the record says so rather than leaving the field out
        assertThat(text(RecordPdf.write(sample()).content())).contains("File number", "Not given", "Routine");
    }

    @Test
    void an_urdu_title_with_parentheses_and_numbers_is_set_in_bidi_order() throws IOException {
        var title = "پیکا (ترمیمی) قواعد 2026 — سیکشن 37(2)";
        var sample = sample();
        var d = sample.draft();
        var draft = new DraftDetails(d.id(), title, d.committeeId(), d.committeeCode(), d.kind(), d.legalBasis(),
                d.financialImplications(), d.classification(), d.status(), d.diaryNumber(), d.createdBy(),
                d.createdAt(), d.updatedAt(), d.submittedAt(), d.statusNote(), d.versions(), d.version(),
                d.permissions());
        var content = new RecordContent(draft, sample.committeeName(), sample.textStatus(), sample.threads(),
                sample.window(), sample.sections(), sample.generatedAt(), sample.generatedBy(), sample.people());
        var pdf = RecordPdf.write(content).content();
        render(pdf, "record-urdu-title");

        var visual = new com.ibm.icu.text.Bidi(title, com.ibm.icu.text.Bidi.RTL)
                .writeReordered(com.ibm.icu.text.Bidi.DO_MIRRORING);
        var onPage = visualLines(pdf);
        assertThat(onPage).as("the title on the cover, read left to right")
                .anySatisfy(line -> assertThat(comparable(line)).isEqualTo(comparable(visual)));
        // what a reader would see if the line kept the typed order, or were simply reversed
        assertThat(onPage).noneSatisfy(line -> assertThat(comparable(line)).isEqualTo(comparable(title)));
        assertThat(comparable(visual)).isNotEqualTo(comparable(new StringBuilder(title).reverse().toString()));
    }

    /** The page's lines as laid out, left to right, the glyphs mapped back to letters. */
    static java.util.List<String> visualLines(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var positions = new java.util.ArrayList<org.apache.pdfbox.text.TextPosition>();
            var stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    positions.add(text);
                }
            };
            stripper.setEndPage(1);
            stripper.getText(document);
            // a line is the glyphs on one baseline, read by where they stand from left to right
            var byBaseline = new java.util.TreeMap<Long, java.util.List<org.apache.pdfbox.text.TextPosition>>();
            for (var p : positions) {
                byBaseline.computeIfAbsent((long) Math.round(p.getYDirAdj()), y -> new java.util.ArrayList<>()).add(p);
            }
            var lines = new java.util.ArrayList<String>();
            for (var glyphs : byBaseline.values()) {
                glyphs.sort(java.util.Comparator.comparingDouble(org.apache.pdfbox.text.TextPosition::getXDirAdj));
                var line = new StringBuilder();
                for (var p : glyphs) {
                    line.append(p.getUnicode());
                }
                lines.add(line.toString());
            }
            return lines;
        }
    }

    /** Letters in their base forms (not the joined forms drawn), without spaces, for comparing orders. */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u200c-\\u200f]+", "");
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Page images for a look at the typography; kept under target/screenshots. */
    static void render(byte[] pdf, String name) throws IOException {
        var dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        try (var document = Loader.loadPDF(pdf)) {
            var renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                ImageIO.write(renderer.renderImageWithDPI(page, 110), "png",
                        dir.resolve(name + "-page-" + (page + 1) + ".png").toFile());
            }
        }
    }

    static RecordContent sample() {
        var created = Instant.parse("2026-03-02T05:10:00Z");
        var versions = List.of(
                new VersionInfo(2, "pta-grievance-rules-v2.txt", "text/plain", 18_230, SHA_2, "pta.drafter",
                        Instant.parse("2026-03-09T07:00:00Z")),
                new VersionInfo(1, "<i>pta-grievance-rules</i>.txt", "text/plain", 17_904, SHA_1, "pta.drafter", created));
        var draft = new DraftDetails(42, URDU_TITLE, 3, "PTA", DraftKind.REGULATOR_REGULATIONS,
                "Section 37 of the Prevention of Electronic Crimes Act, 2016", false, Classification.RESTRICTED,
                DraftStatus.UNDER_REVIEW, "NSMCWG/2026/0042", "pta.drafter", created, created,
                Instant.parse("2026-03-03T09:00:00Z"), null, versions, 4,
                new DraftDetails.Permissions(false, false, false, false, false));
        var accepted = new ThreadView(7, 42, 1, 1, AnchorState.ANCHORED,
                new Passage("within twenty-four hours", "The grievance officer shall acknowledge a complaint ",
                        " and decide it within seven days.", 120, 144, 2),
                false, ThreadStatus.RESOLVED, Resolution.DECLINED, "The Act already fixes seven days.", "nsmcwg.secretary",
                Instant.parse("2026-03-08T10:00:00Z"), "nsmcwg.member", Instant.parse("2026-03-04T06:00:00Z"),
                List.of(comment(1, null, 0, "nsmcwg.member", "Twenty-four hours is too short for small platforms."),
                        comment(2, 1L, 1, "pta.drafter", "We will consider forty-eight hours."),
                        comment(3, 2L, 2, "nsmcwg.member", "<script>alert('x')</script> & <b>bold</b>")),
                List.of(), 3, new ThreadView.Permissions(false, false, false, false));
        var urdu = new ThreadView(9, 42, 2, 1, AnchorState.MOVED,
                new Passage("شکایت کا فیصلہ سات دن میں", "افسر ", " کیا جائے گا۔", 300, 326, null),
                true, ThreadStatus.OPEN, null, null, null, null, "pta.officer", Instant.parse("2026-03-05T06:00:00Z"),
                List.of(comment(4, null, 0, "pta.officer", "یہ مدت پی ٹی اے کے موجودہ ضوابط کے مطابق ہے۔"),
                        comment(5, 4L, 1, "pta.drafter", null)),
                List.of(), 1, new ThreadView.Permissions(false, false, false, false));
        var whole = new ThreadView(11, 42, 2, 2, AnchorState.WHOLE_DRAFT, null, false, ThreadStatus.RESOLVED,
                Resolution.ACCEPTED, null, "pta.officer", Instant.parse("2026-03-10T06:00:00Z"), "nsmcwg.member",
                Instant.parse("2026-03-09T08:00:00Z"),
                List.of(comment(6, null, 0, "nsmcwg.member", "The draft should name the appellate forum.")), List.of(), 2,
                new ThreadView.Permissions(false, false, false, false));
        var history = new RecordBlock("Status history", List.of(new RecordBlock.Table(
                List.of("Date and time", "From", "To", "By", "Note"), new float[] { 24, 19, 19, 20, 18 },
                List.of(List.of("2 Mar 2026, 10:10 PKT", "", "Draft", "Test drafter (pta.drafter)", "Draft created"),
                        List.of("3 Mar 2026, 14:00 PKT", "Awaiting committee approval", "Submitted to NSMCWG",
                                "Test officer (pta.officer)", ""),
                        List.of("4 Mar 2026, 09:00 PKT", "Submitted to NSMCWG", "Under review",
                                "Test secretary (nsmcwg.secretary)", "مشاورت کے لیے کھولا گیا")))));
        return new RecordContent(draft, "Pakistan Telecommunication Authority", Map.of(1, "Text extracted", 2,
                "Text extracted"), List.of(accepted, urdu, whole), null, List.of(history),
                Instant.parse("2026-03-11T12:00:00Z"), "Test secretary (nsmcwg.secretary)",
                username -> "Test " + username.replace('.', ' ') + " (" + username + ")");
    }

    static CommentView comment(long id, Long parent, int depth, String author, String body) {
        var at = Instant.parse("2026-03-04T06:00:00Z").plusSeconds(id * 3600);
        return new CommentView(id, parent, depth, author, author, body, at, id == 2 ? at.plusSeconds(300) : null,
                body == null ? at.plusSeconds(600) : null, 0, false, false);
    }
}
