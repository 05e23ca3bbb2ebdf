package pk.gov.mashwara.security;

/** What a count of failed log-ins is kept for. Each has a translation {@code throttleScope.<NAME>}. */
public enum ThrottleScope {
    /** One user name from one client address. */
    ACCOUNT_FROM_ADDRESS,
    /** One user name, from any address. */
    ACCOUNT,
    /** One client address, whatever the user name. */
    ADDRESS
}
