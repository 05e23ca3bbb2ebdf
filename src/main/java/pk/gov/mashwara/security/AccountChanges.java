package pk.gov.mashwara.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** An account changed through the portal: its remembered log-ins are forgotten once the change commits. */
@Component
class AccountChanges {

    private final VerifiedPasswords passwords;

    AccountChanges(VerifiedPasswords passwords) {
        this.passwords = passwords;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountChanged event) {
        passwords.forget(event.username());
    }
}
