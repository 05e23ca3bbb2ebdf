package pk.gov.mashwara.directory.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.CommitteeType;

@Entity
@Table(name = "committee")
@EntityListeners(CommitteeChanges.class)
public class Committee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_ur", length = 200)
    private String nameUr;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    private CommitteeType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "administrative_ministry_id")
    private Committee administrativeMinistry;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Committee() {
    }

    public Committee(String code, String name, String nameUr, CommitteeType type, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.nameUr = nameUr;
        this.type = type;
        this.active = true;
        this.createdAt = createdAt;
    }

    public void update(String name, String nameUr, CommitteeType type, Committee administrativeMinistry, boolean active) {
        this.name = name;
        this.nameUr = nameUr;
        this.type = type;
        this.administrativeMinistry = administrativeMinistry;
        this.active = active;
    }

    public CommitteeInfo toInfo() {
        return new CommitteeInfo(id, code, name, nameUr, type,
                administrativeMinistry == null ? null : administrativeMinistry.getId(),
                administrativeMinistry == null ? null : administrativeMinistry.getCode(), active);
    }

    /** This committee as a member's home organisation. */
    public pk.gov.mashwara.directory.HomeOrganisation toHome() {
        return new pk.gov.mashwara.directory.HomeOrganisation(id, code, name, nameUr);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public CommitteeType getType() {
        return type;
    }

    public Committee getAdministrativeMinistry() {
        return administrativeMinistry;
    }

    public boolean isNsmcwg() {
        return CommitteeInfo.NSMCWG_CODE.equals(code);
    }
}
