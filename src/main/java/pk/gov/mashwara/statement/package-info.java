/**
 * Statements on the government's engagement with social media companies (direction 5 of PMO letter
 * No. 1(1)/AS-II/2021): any body or NSMCWG member proposes one; the NSMCWG's spokesperson edits it (every revision
 * kept), asks bodies and members for their views, and issues it or declines it with a reason. Only MoIT's officer
 * or the spokesperson may issue; an issue is written once, hashed, and forms the register every signed-in user
 * reads (and its Atom feed). Proposals are seen only by their proposer, the spokesperson, MoIT, the NSMCWG
 * secretary, those asked for a view and the auditor.
 * <p>
 * {@link pk.gov.mashwara.statement.StatementService} is the API; entities and repositories stay in {@code domain}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statements")
package pk.gov.mashwara.statement;
