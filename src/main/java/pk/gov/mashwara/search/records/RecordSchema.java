package pk.gov.mashwara.search.records;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

import pk.gov.mashwara.search.IndexedRecord;
import pk.gov.mashwara.search.RecordKind;
import pk.gov.mashwara.search.index.IndexSchema;

/**
 * The fields of the record index and how a record becomes one document. The text fields have the names of the
 * document index's fields, so that the user's query is parsed once for all indexes with the same analysers; the
 * group key is stored under the draft id's name, so that the index on disk is kept by the same code.
 */
final class RecordSchema {

    static final String GROUP = IndexSchema.DRAFT_ID;
    static final String KIND = "recordKind";
    static final String ID = "recordId";
    static final String TITLE = "title";
    static final String BODIES = "bodies";
    static final String STATUS = "status";
    static final String PATH = "path";
    static final String DATE = "date";
    /** The names of the files the record keeps, in the order their texts follow the record's own words. */
    static final String FILE_NAME = "fileName";
    /** Where each file's text starts in the searched text ({@link #BODY}), in the same order. */
    static final String FILE_START = "fileStart";
    static final String BODY = IndexSchema.BODY;
    static final String EXACT = IndexSchema.EXACT;
    static final String URDU = IndexSchema.URDU;

    /** Stored (for the snippet) with offsets in the postings, so the highlighter need not analyse it again. */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    private RecordSchema() {
    }

    static Document document(long groupKey, IndexedRecord record) {
        var doc = new Document();
        doc.add(new StringField(GROUP, String.valueOf(groupKey), Field.Store.YES));
        doc.add(new StringField(KIND, record.kind().name(), Field.Store.YES));
        doc.add(new StoredField(ID, record.id()));
        doc.add(new StoredField(TITLE, record.title() == null ? "" : record.title()));
        record.bodies().forEach(b -> doc.add(new StoredField(BODIES, b)));
        if (record.status() != null) {
            doc.add(new StoredField(STATUS, record.status()));
        }
        doc.add(new StoredField(PATH, record.path()));
        if (record.date() != null) {
            doc.add(new StoredField(DATE, record.date().toString()));
        }
        // the title is searched with the words: a letter is found by its reference and subject; the files' texts
        // follow, each a paragraph, and where each starts is kept so that a hit can name the file it was found in
        var body = new StringBuilder(join(record.title(), record.text()));
        for (var file : record.files()) {
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            doc.add(new StoredField(FILE_NAME, file.name()));
            doc.add(new StoredField(FILE_START, body.length()));
            body.append(file.text());
        }
        var text = body.toString();
        doc.add(new Field(BODY, text, BODY_TYPE));
        doc.add(new TextField(EXACT, text, Field.Store.NO));
        doc.add(new TextField(URDU, text, Field.Store.NO));
        return doc;
    }

    /**
     * The name of the file whose text holds the offset in the searched text, or null when the offset falls in the
     * record's own words (or is negative: no match).
     */
    static String fileAt(Document doc, int offset) {
        if (offset < 0) {
            return null;
        }
        var names = doc.getValues(FILE_NAME);
        var starts = doc.getFields(FILE_START);
        String found = null;
        for (int i = 0; i < names.length && i < starts.length; i++) {
            if (starts[i].numericValue().intValue() <= offset) {
                found = names[i];
            }
        }
        return found;
    }

    static RecordKind kind(Document doc) {
        return RecordKind.valueOf(doc.get(KIND));
    }

    private static String join(String title, String text) {
        var t = title == null ? "" : title.strip();
        var b = text == null ? "" : text.strip();
        return t.isEmpty() ? b : b.isEmpty() ? t : t + "\n\n" + b;
    }
}
