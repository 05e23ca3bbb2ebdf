package pk.gov.mashwara.engagement;

/** A company as lists show it: its name and the services it runs (YouTube, WhatsApp, …). */
public record CompanyInfo(long id, String name, String services, boolean active) {
}
