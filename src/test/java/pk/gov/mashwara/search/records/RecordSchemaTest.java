package pk.gov.mashwara.search.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.search.IndexedRecord;
import pk.gov.mashwara.search.RecordKind;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.FileText;

/** A record's files follow its own words in the searched text, and an offset in that text names the file it is in. */
class RecordSchemaTest {

    record Kept(String name, String sha) {
    }

    @Test
    void an_offset_names_the_file_whose_text_holds_it_and_none_in_the_records_own_words() {
        var texts = Map.of("a", new FileText("a", ExtractionStatus.DONE, null, "  Figures for March.  "),
                "b", new FileText("b", ExtractionStatus.DONE, null, "Minutes of the meeting."),
                "c", new FileText("c", ExtractionStatus.FAILED, null, ""));
        // the same file twice is searched once; a file without text is left out; the order is kept
        var files = IndexedRecord.files(List.of(new Kept("figures.xlsx", "a"), new Kept("broken.pdf", "c"),
                new Kept("minutes.docx", "b"), new Kept("figures again.xlsx", "a"), new Kept("unknown", "d")),
                Kept::name, Kept::sha, texts);
        assertThat(files).containsExactly(new IndexedRecord.File("figures.xlsx", "Figures for March."),
                new IndexedRecord.File("minutes.docx", "Minutes of the meeting."));

        var record = new IndexedRecord(RecordKind.ANSWER, 7, 3, "DR-3 · MOIT · 1", "The figures are attached.",
                List.of("MOIT"), "ANSWERED", "data-requests/3", LocalDate.of(2026, 12, 1), files);
        var doc = RecordSchema.document(3, record);
        var body = doc.get(RecordSchema.BODY);
        assertThat(body).isEqualTo("DR-3 · MOIT · 1\n\nThe figures are attached.\n\nFigures for March.\n\n"
                + "Minutes of the meeting.");

        assertThat(RecordSchema.fileAt(doc, body.indexOf("attached"))).isNull();
        assertThat(RecordSchema.fileAt(doc, body.indexOf("DR-3"))).isNull();
        assertThat(RecordSchema.fileAt(doc, body.indexOf("March"))).isEqualTo("figures.xlsx");
        assertThat(RecordSchema.fileAt(doc, body.indexOf("Figures"))).isEqualTo("figures.xlsx");
        assertThat(RecordSchema.fileAt(doc, body.indexOf("Minutes"))).isEqualTo("minutes.docx");
        assertThat(RecordSchema.fileAt(doc, body.indexOf("meeting"))).isEqualTo("minutes.docx");
        assertThat(RecordSchema.fileAt(doc, -1)).isNull();
    }

    @Test
    void a_record_without_files_names_none() {
        var record = new IndexedRecord(RecordKind.STATEMENT, 1, 1, "Statement", "On the talks.", List.of(), null,
                "statements/1", null);
        var doc = RecordSchema.document(1, record);
        assertThat(record.files()).isEmpty();
        assertThat(RecordSchema.fileAt(doc, doc.get(RecordSchema.BODY).indexOf("talks"))).isNull();
    }
}
