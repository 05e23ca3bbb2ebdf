package pk.gov.mashwara.security;

/**
 * An account's password, roles, committee, state or language changed ({@code username} as stored): what the portal
 * remembers of its log-ins is forgotten once the change commits.
 */
public record AccountChanged(String username) {
}
