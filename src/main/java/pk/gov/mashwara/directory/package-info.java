/**
 * The directory: committees (ministries, divisions, regulators and the NSMCWG itself) and user accounts with
 * their roles. Committees are data, so that an administrator can add one (e.g. Finance Division) and record
 * a regulator's administrative ministry (PTA under MoIT, PEMRA under MoIB).
 * <p>
 * {@link pk.gov.mashwara.directory.DirectoryService} is the API; entities and repositories stay in
 * {@code domain}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package pk.gov.mashwara.directory;
