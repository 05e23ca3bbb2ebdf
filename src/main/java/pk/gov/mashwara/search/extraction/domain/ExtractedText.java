package pk.gov.mashwara.search.extraction.domain;

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

    protected ExtractedText() {
    }

    public ExtractedText(long jobId, boolean compressed, byte[] content) {
        this.jobId = jobId;
        this.compressed = compressed;
        this.content = content;
    }

    public boolean isCompressed() {
        return compressed;
    }

    public byte[] getContent() {
        return content;
    }
}
