/**
 * Data requests (direction 4 of the PMO's letter): the NSMCWG's secretary or focal person asks one or more bodies of
 * the directory for data; each body acknowledges, asks for clarification on a thread of its own, delegates within
 * itself, answers (with files kept byte for byte, as versions are), answers in part with a date for the rest, or
 * declines with a reason, which the NSMCWG may escalate. {@link pk.gov.mashwara.datarequest.DataRequestService} is
 * the API and enforces who may see and do what; every act is published for the audit log
 * ({@link pk.gov.mashwara.audit.RecordedAct}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data requests")
package pk.gov.mashwara.datarequest;
