package pk.gov.mashwara.text.extraction.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The text of one job, as UTF-8 bytes, gzip-compressed when large. Replaced when a job runs again. */
@Entity
@Table(name = "extracted_text")
public class ExtractedText {

    @Id
    @Column(name = "job_id")
    private Long jobId;

    @Column(nullable = false)
    private boolean compressed;

    @Lob
    @JdbcTypeCode(SqlTypes.BLOB)
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    /** Where each page begins in the text, as 4-byte big-endian integers in page order; null for no pages. */
    @Lob
    @JdbcTypeCode(SqlTypes.BLOB)
    @Column(name = "page_starts", columnDefinition = "longblob")
    private byte[] pageStarts;

    protected ExtractedText() {
    }

    public ExtractedText(long jobId, boolean compressed, byte[] content, int[] pageStarts) {
        this.jobId = jobId;
        this.compressed = compressed;
        this.content = content;
        if (pageStarts != null && pageStarts.length > 0) {
            var buffer = java.nio.ByteBuffer.allocate(pageStarts.length * Integer.BYTES);
            buffer.asIntBuffer().put(pageStarts);
            this.pageStarts = buffer.array();
        }
    }

    public int[] getPageStarts() {
        if (pageStarts == null) {
            return new int[0];
        }
        var starts = new int[pageStarts.length / Integer.BYTES];
        java.nio.ByteBuffer.wrap(pageStarts).asIntBuffer().get(starts);
        return starts;
    }

    public boolean isCompressed() {
        return compressed;
    }

    public byte[] getContent() {
        return content;
    }
}
