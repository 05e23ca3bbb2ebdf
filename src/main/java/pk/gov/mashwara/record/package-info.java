/**
 * The review record of a draft: one PDF that reads as the official record of the NSMCWG's review — a cover
 * with the draft's particulars, its versions with their SHA-256, every review thread in its context with
 * replies and resolution, and the sections other modules contribute through {@link pk.gov.mashwara.record.RecordSection}
 * (the status history from the audit log now; routing and clearance later). The record holds exactly what its
 * reader may see: {@link pk.gov.mashwara.record.RecordService} works for the signed-in user only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review record")
package pk.gov.mashwara.record;
