package pk.gov.mashwara.search.index;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

import pk.gov.mashwara.draft.DraftSnapshot;
import pk.gov.mashwara.draft.VersionInfo;

/**
 * The fields of the index and how a version of a draft becomes one document. Changing a field or an analyser
 * means a new {@link #VERSION}: an index written under another version is rebuilt at start-up.
 */
public final class IndexSchema {

    /** Stored in each commit's user data; bump it whenever fields or analysers change. */
    // 5: the kind BILL_OR_ORDINANCE became BILL and ORDINANCE (V19), so facets of an older index are stale
    // 6: the draft's priority mark and file number are indexed (V21)
    // 7: comments carry their thread's category and severity (the comment index follows this version)
    // 8: a draft's status, submission and latest version are doc values, updated in place (no text analysed again);
    //    the statuses' names are part of the version, since the index holds their ordinals
    public static final String VERSION = "8-" + Integer.toHexString(java.util.Arrays.stream(
            pk.gov.mashwara.draft.DraftStatus.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(","))
            .hashCode());
    static final String SCHEMA_KEY = "mashwara.schema";

    public static final String KEY = "key";
    public static final String DRAFT_ID = "draftId";
    public static final String VERSION_NUMBER = "version";
    public static final String COMMITTEE_ID = "committeeId";
    public static final String COMMITTEE = "committee";
    public static final String KIND = "kind";
    public static final String STATUS = "status";
    public static final String YEAR = "year";
    public static final String CLASSIFICATION = "classification";
    public static final String SUBMITTED = "submitted";
    public static final String LATEST = "latest";
    /**
     * The draft's state as numbers, updated in place when only it changes ({@link #state}): its status (the
     * ordinal of {@code DraftStatus}), whether it was submitted (1 or 0), whether this is its latest version (1 or 0).
     * Filters, the status facet and the hits read these; nothing of the draft's state is stored or indexed as words.
     */
    public static final String STATUS_VALUE = "statusValue";
    public static final String SUBMITTED_VALUE = "submittedValue";
    public static final String LATEST_VALUE = "latestValue";
    /**
     * A hash of everything else a document says of its draft (title, committee, kind, classification, year, numbers,
     * priority): when a change leaves it as it is, only the state is updated; otherwise the documents are written
     * again.
     */
    public static final String PARTICULARS = "particulars";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String EXACT = "exact";
    public static final String URDU = "urdu";
    public static final String EXTRACTION = "extraction";
    public static final String OCR = "ocr";
    /** The diary and file numbers on the draft's cover, stored for the hit and indexed to be found by. */
    public static final String DIARY_NUMBER = "diaryNumber";
    public static final String FILE_NUMBER = "fileNumber";
    public static final String NUMBERS = "numbers";
    public static final String PRIORITY = "priority";
    /** Where each stored page of the text beyond the head starts (an int before each page). */
    public static final String BODY_PAGE_START = "bodyPageStart";
    /** The text beyond the head, in pages, stored last in the document. */
    public static final String BODY_PAGE = "bodyPage";

    /**
     * How much of the text is stored under {@link #BODY} for snippets (about six pages): a hit reads this much, not
     * the whole text, which can run to 20 million characters. The rest is stored in pages of {@link #PAGE_CHARS}
     * after everything else, read only for a snippet around a match beyond the head.
     */
    public static final int HEAD_CHARS = 20_000;
    static final int PAGE_CHARS = 50_000;

    /** The facet dimensions, in the order they are shown. */
    public static final List<String> FACETS = List.of(COMMITTEE, KIND, STATUS, YEAR);

    /** Years follow the office's calendar, as diary numbers do. */
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Karachi");

    static final FacetsConfig FACETS_CONFIG = new FacetsConfig();

    /**
     * The body is indexed with offsets in the postings, so highlighting need not re-analyse it. It is not stored
     * as a whole: see {@link #HEAD_CHARS}.
     */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    private IndexSchema() {
    }

    public static String key(long draftId, int version) {
        return draftId + "/" + version;
    }

    /** The document of one version, with facets built (ready for the index writer). */
    public static Document document(DraftSnapshot draft, VersionInfo version, IndexedText text) {
        int latest = draft.versions().stream().mapToInt(VersionInfo::number).max().orElse(version.number());
        // the year of submission, as in the diary number, once there is one
        var year = String.valueOf(draft.filedAt().atZone(OFFICE_ZONE).getYear());
        var committee = draft.committeeCode() == null ? "?" : draft.committeeCode();
        var doc = new Document();
        doc.add(new StringField(KEY, key(draft.id(), version.number()), Field.Store.YES));
        doc.add(new StringField(DRAFT_ID, String.valueOf(draft.id()), Field.Store.YES));
        doc.add(new StoredField(VERSION_NUMBER, version.number()));
        doc.add(new StringField(COMMITTEE_ID, String.valueOf(draft.committeeId()), Field.Store.NO));
        keyword(doc, COMMITTEE, committee);
        keyword(doc, KIND, draft.kind().name());
        keyword(doc, YEAR, year);
        doc.add(new StringField(CLASSIFICATION, draft.classification().name(), Field.Store.YES));
        for (var value : state(draft)) {
            doc.add(value);
        }
        doc.add(new NumericDocValuesField(LATEST_VALUE, version.number() == latest ? 1 : 0));
        doc.add(new NumericDocValuesField(PARTICULARS, particulars(draft)));
        doc.add(new TextField(TITLE, draft.title(), Field.Store.YES));
        if (draft.diaryNumber() != null) {
            doc.add(new StoredField(DIARY_NUMBER, draft.diaryNumber()));
        }
        if (draft.fileNumber() != null) {
            doc.add(new StoredField(FILE_NUMBER, draft.fileNumber()));
        }
        // both numbers as words: "F. No. 2(1)/2026-Pub." is found by the phrase of its parts, or any of them
        var numbers = ((draft.diaryNumber() == null ? "" : draft.diaryNumber()) + " "
                + (draft.fileNumber() == null ? "" : draft.fileNumber())).strip();
        if (!numbers.isEmpty()) {
            doc.add(new TextField(NUMBERS, numbers, Field.Store.NO));
        }
        doc.add(new StoredField(PRIORITY, draft.priority().name()));
        doc.add(new StringField(EXTRACTION, text.status().name(), Field.Store.YES));
        doc.add(new StringField(OCR, String.valueOf(text.ocr()), Field.Store.YES));
        doc.add(new Field(BODY, text.text(), BODY_TYPE));
        doc.add(new TextField(EXACT, text.text(), Field.Store.NO));
        doc.add(new TextField(URDU, text.text(), Field.Store.NO));
        // Stored after the fields a hit shows, so reading those stops before any of the text
        storeText(doc, text.text());
        try {
            return FACETS_CONFIG.build(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The draft's status and whether it was submitted, as the doc values every document of the draft carries. */
    public static Field[] state(DraftSnapshot draft) {
        return new Field[] { new NumericDocValuesField(STATUS_VALUE, draft.status().ordinal()),
                new NumericDocValuesField(SUBMITTED_VALUE, draft.submitted() ? 1 : 0) };
    }

    /** The status a document's {@link #STATUS_VALUE} stands for. */
    public static pk.gov.mashwara.draft.DraftStatus status(long value) {
        return pk.gov.mashwara.draft.DraftStatus.values()[(int) value];
    }

    /** Documents of latest versions only. */
    public static org.apache.lucene.search.Query latestOnly() {
        return NumericDocValuesField.newSlowExactQuery(LATEST_VALUE, 1);
    }

    /** Documents of submitted drafts only. */
    public static org.apache.lucene.search.Query submittedOnly() {
        return NumericDocValuesField.newSlowExactQuery(SUBMITTED_VALUE, 1);
    }

    /** Documents of drafts in any of the statuses. */
    public static org.apache.lucene.search.Query inStatus(java.util.Collection<pk.gov.mashwara.draft.DraftStatus> statuses) {
        return NumericDocValuesField.newSlowSetQuery(STATUS_VALUE,
                statuses.stream().mapToLong(Enum::ordinal).toArray());
    }

    /** A 64-bit hash of what the documents say of the draft besides its state and texts ({@link #PARTICULARS}). */
    static long particulars(DraftSnapshot draft) {
        var all = String.join("\0", String.valueOf(draft.committeeId()), String.valueOf(draft.committeeCode()),
                draft.title(), draft.kind().name(), draft.classification().name(),
                String.valueOf(draft.filedAt().atZone(OFFICE_ZONE).getYear()), String.valueOf(draft.diaryNumber()),
                String.valueOf(draft.fileNumber()), draft.priority().name());
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(all.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(digest).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The documents of every version of a draft. */
    public static List<Document> documents(DraftSnapshot draft, java.util.function.Function<VersionInfo, IndexedText> texts) {
        var docs = new ArrayList<Document>();
        for (var version : draft.versions()) {
            docs.add(document(draft, version, texts.apply(version)));
        }
        return docs;
    }

    /** The head under {@link #BODY}, then the rest in pages, each after the offset it starts at. */
    private static void storeText(Document doc, String text) {
        int end = cut(text, HEAD_CHARS);
        doc.add(new StoredField(BODY, text.substring(0, end)));
        while (end < text.length()) {
            int start = end;
            end = cut(text, start + PAGE_CHARS);
            doc.add(new StoredField(BODY_PAGE_START, start));
            doc.add(new StoredField(BODY_PAGE, text.substring(start, end)));
        }
    }

    /** {@code at}, or one less so as not to split a surrogate pair, or the end of the text. */
    static int cut(String text, int at) {
        if (at >= text.length()) {
            return text.length();
        }
        return Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }

    /** A value to filter on (indexed, stored for the hit) and to count as a facet. */
    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }
}
