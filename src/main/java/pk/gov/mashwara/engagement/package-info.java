/**
 * The engagement log with social media companies (directions 1 and 7 of the PMO's letter of 2021): the companies
 * (data the administrators keep), each engagement (meeting, call, letter or notice sent or received) with its
 * participants, topics, the NSMCWG's position (linked to a draft's cleared input where there is one), the
 * documents exchanged (kept in the portal's file store byte for byte), and the commitments made, followed up to
 * done or lapsed, with overdue ones on the owing body's and the lead's desk and reminded once per interval.
 * {@link pk.gov.mashwara.engagement.EngagementService}, {@link pk.gov.mashwara.engagement.CommitmentService} and
 * {@link pk.gov.mashwara.engagement.CompanyService} are the API; who may read and do what is decided in
 * {@code EngagementAccess} (see {@code docs/decisions/022-engagements.md}). Events tell the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engagements")
package pk.gov.mashwara.engagement;
