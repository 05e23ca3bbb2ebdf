package pk.gov.mashwara.search.comments;

import java.time.ZoneId;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import pk.gov.mashwara.draft.DraftSnapshot;
import pk.gov.mashwara.search.IndexedComment;
import pk.gov.mashwara.search.index.IndexSchema;

/**
 * The fields of the comment index and how a comment becomes one document. The text fields and the draft id
 * have the names of the document index's fields, so that the user's query is parsed once for both, with the same
 * analysers, and the index on disk is kept by the same code. The draft's title lives in a stored-only field:
 * a comment is found by what it says, not by the title of its draft.
 */
final class CommentSchema {

    static final String DRAFT_ID = IndexSchema.DRAFT_ID;
    static final String COMMENT_ID = "commentId";
    static final String THREAD_ID = "threadId";
    static final String VERSION_NUMBER = "version";
    static final String COMMITTEE_ID = IndexSchema.COMMITTEE_ID;
    static final String SUBMITTED = IndexSchema.SUBMITTED;
    /** The committee whose internal note this is, or {@link #NOT_INTERNAL}. */
    static final String INTERNAL = "internalCommittee";
    static final String NOT_INTERNAL = "none";
    static final String COMMITTEE = IndexSchema.COMMITTEE;
    static final String KIND = IndexSchema.KIND;
    static final String STATUS = IndexSchema.STATUS;
    static final String YEAR = IndexSchema.YEAR;
    static final String DRAFT_TITLE = "draftTitle";
    static final String AUTHOR = "author";
    /** The home organisation of an author from the NSMCWG, in English and in Urdu (stored only). */
    static final String AUTHOR_HOME = "author_home";
    static final String AUTHOR_HOME_UR = "author_home_ur";
    static final String WRITTEN_AT = "writtenAt";
    static final String PASSAGE = "passage";
    /** The thread's category (its code) and severity, to filter by; {@link #UNKNOWN} when not known. */
    static final String CATEGORY = "category";
    static final String SEVERITY = "severity";
    /** Doc values to count them by: the category's code with its names, and the severity. */
    static final String CATEGORY_FACET = "category_facet";
    static final String SEVERITY_FACET = "severity_facet";
    static final String UNKNOWN = "?";
    /** Separates the category's code and names in {@link #CATEGORY_FACET}. */
    static final char SEPARATOR = '\u001f';
    static final String BODY = IndexSchema.BODY;
    static final String EXACT = IndexSchema.EXACT;
    static final String URDU = IndexSchema.URDU;

    /** Years follow the office's calendar, as the document index's year facet does. */
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Karachi");

    /** Stored (for the snippet) with offsets in the postings, so the highlighter need not analyse it again. */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    private CommentSchema() {
    }

    static Document document(DraftSnapshot draft, IndexedComment comment) {
        var doc = new Document();
        doc.add(new StringField(DRAFT_ID, String.valueOf(draft.id()), Field.Store.YES));
        doc.add(new StringField(COMMENT_ID, String.valueOf(comment.commentId()), Field.Store.YES));
        doc.add(new StoredField(THREAD_ID, comment.threadId()));
        doc.add(new StoredField(VERSION_NUMBER, comment.versionNumber()));
        doc.add(new StringField(COMMITTEE_ID, String.valueOf(draft.committeeId()), Field.Store.NO));
        doc.add(new StringField(SUBMITTED, String.valueOf(draft.submitted()), Field.Store.NO));
        var internal = comment.internalCommitteeId();
        doc.add(new StringField(INTERNAL, internal == null ? NOT_INTERNAL : String.valueOf(internal), Field.Store.YES));
        doc.add(new StringField(COMMITTEE, draft.committeeCode() == null ? "?" : draft.committeeCode(), Field.Store.YES));
        doc.add(new StringField(KIND, draft.kind().name(), Field.Store.NO));
        doc.add(new StringField(STATUS, draft.status().name(), Field.Store.NO));
        doc.add(new StringField(YEAR, String.valueOf(draft.createdAt().atZone(OFFICE_ZONE).getYear()), Field.Store.NO));
        doc.add(new StoredField(DRAFT_TITLE, draft.title()));
        doc.add(new StoredField(AUTHOR, comment.authorName() == null ? "" : comment.authorName()));
        doc.add(new StoredField(WRITTEN_AT, comment.writtenAt().toEpochMilli()));
        if (comment.authorHome() != null) {
            doc.add(new StoredField(AUTHOR_HOME, comment.authorHome()));
            doc.add(new StoredField(AUTHOR_HOME_UR, comment.authorHomeUr() == null ? comment.authorHome()
                    : comment.authorHomeUr()));
        }
        if (comment.passage() != null && !comment.passage().isBlank()) {
            doc.add(new StoredField(PASSAGE, comment.passage()));
        }
        var category = comment.category() == null ? UNKNOWN : comment.category();
        var severity = comment.severity() == null ? UNKNOWN : comment.severity();
        doc.add(new StringField(CATEGORY, category, Field.Store.NO));
        doc.add(new StringField(SEVERITY, severity, Field.Store.NO));
        doc.add(new SortedDocValuesField(CATEGORY_FACET, new BytesRef(category + SEPARATOR
                + (comment.categoryName() == null ? category : comment.categoryName()) + SEPARATOR
                + (comment.categoryNameUr() == null ? category : comment.categoryNameUr()))));
        doc.add(new SortedDocValuesField(SEVERITY_FACET, new BytesRef(severity)));
        var text = comment.text() == null ? "" : comment.text();
        doc.add(new Field(BODY, text, BODY_TYPE));
        doc.add(new TextField(EXACT, text, Field.Store.NO));
        doc.add(new TextField(URDU, text, Field.Store.NO));
        return doc;
    }
}
