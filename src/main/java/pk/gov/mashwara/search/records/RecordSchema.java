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
        // the title is searched with the words: a letter is found by its reference and subject
        var text = join(record.title(), record.text());
        doc.add(new Field(BODY, text, BODY_TYPE));
        doc.add(new TextField(EXACT, text, Field.Store.NO));
        doc.add(new TextField(URDU, text, Field.Store.NO));
        return doc;
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
