package pk.gov.mashwara.engagement.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A social media company the NSMCWG deals with; administrators keep the list. */
@Entity
@Table(name = "platform_company")
public class PlatformCompany {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 300)
    private String services;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PlatformCompany() {
    }

    public PlatformCompany(String name, String services, Instant createdAt) {
        this.name = name;
        this.services = services;
        this.active = true;
        this.createdAt = createdAt;
    }

    public void change(String name, String services, boolean active) {
        this.name = name;
        this.services = services;
        this.active = active;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getServices() { return services; }
    public boolean isActive() { return active; }
}
