package pk.gov.mashwara.routing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * The focal person's clearance of the working group's consolidated input on one version of a draft: written
 * once, never changed or removed (Hibernate issues no update for it, and the repository offers none). Its
 * {@code hash} covers every other field but the id.
 */
@Entity
@Immutable
@Table(name = "clearance")
public class Clearance {

    public static final int MAX_INPUT = 20_000;
    public static final int MAX_SIGNER = 64;
    public static final int MAX_SIGNER_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "version_sha256", nullable = false, updatable = false, length = 64, columnDefinition = "char(64)")
    private String versionSha256;

    // mediumtext on MariaDB (up to 20,000 characters of four bytes do not fit a row); varchar on H2
    @Column(nullable = false, updatable = false, columnDefinition = "mediumtext")
    private String input;

    @Column(nullable = false, updatable = false, length = MAX_SIGNER)
    private String signer;

    @Column(name = "signer_name", nullable = false, updatable = false, length = MAX_SIGNER_NAME)
    private String signerName;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(nullable = false, updatable = false, length = 64, columnDefinition = "char(64)")
    private String hash;

    protected Clearance() {
    }

    /** The values must already be in the form the database keeps (see {@code ClearanceHash}). */
    public Clearance(long draftId, int versionNumber, String versionSha256, String input, String signer,
            String signerName, Instant signedAt, String hash) {
        this.draftId = draftId;
        this.versionNumber = versionNumber;
        this.versionSha256 = versionSha256;
        this.input = input;
        this.signer = signer;
        this.signerName = signerName;
        this.signedAt = signedAt;
        this.hash = hash;
    }

    public Long getId() { return id; }
    public long getDraftId() { return draftId; }
    public int getVersionNumber() { return versionNumber; }
    public String getVersionSha256() { return versionSha256; }
    public String getInput() { return input; }
    public String getSigner() { return signer; }
    public String getSignerName() { return signerName; }
    public Instant getSignedAt() { return signedAt; }
    public String getHash() { return hash; }
}
