package pk.gov.mashwara.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** An account changed through the portal: what is remembered of its log-ins is forgotten once the change commits. */
@Component
class AccountChanges {

    private final List<Consumer<String>> forgetters = new CopyOnWriteArrayList<>();

    /** {@code forget} is given the user name of every account changed from now on. */
    void tell(Consumer<String> forget) {
        forgetters.add(forget);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountChanged event) {
        forgetters.forEach(f -> f.accept(event.username()));
    }
}
