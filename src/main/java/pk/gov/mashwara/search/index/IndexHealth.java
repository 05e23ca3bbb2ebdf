package pk.gov.mashwara.search.index;

/** What a look at the index on disk found, before it is opened. */
public enum IndexHealth {
    /** Present, readable, of this schema; its documents still have to agree with the database. */
    OK,
    /** No index (first start, or the directory was deleted). */
    MISSING,
    /** Files damaged or unreadable (checksum mismatch, truncated, too old or too new a format). */
    CORRUPT,
    /** Written under another {@link IndexSchema#VERSION}. */
    OTHER_SCHEMA,
    /** A rebuild was started and did not finish; updates may have been held back for it. */
    INTERRUPTED_REBUILD
}
