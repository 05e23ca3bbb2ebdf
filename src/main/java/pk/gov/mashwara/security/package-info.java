/**
 * Who is using the portal: the roles, the signed-in user ({@link pk.gov.mashwara.security.CurrentUser}), the
 * web and API security chains, and log-in throttling. User accounts themselves live in the directory module,
 * which supplies the {@link org.springframework.security.core.userdetails.UserDetailsService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package pk.gov.mashwara.security;
