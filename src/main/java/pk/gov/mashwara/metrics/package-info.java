/**
 * The portal's own metrics for operators (docs/decisions/025-metrics.md): what is not timed where it happens. The API's
 * requests, the database pool and the JVM are measured by Spring Boot; search phases, extraction and index writes by
 * their modules; the UI's UIDL requests per view here ({@code ui}). Exposed at {@code /actuator/prometheus} to
 * administrators only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Metrics")
package pk.gov.mashwara.metrics;
