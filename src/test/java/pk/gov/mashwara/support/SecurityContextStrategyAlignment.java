package pk.gov.mashwara.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points {@link SecurityContextHolder} at the security-context strategy of the application context the current
 * test runs in.
 * <p>
 * Vaadin gives each application context its own {@code VaadinAwareSecurityContextHolderStrategy} (with its own
 * thread-local) and installs it globally when the context starts. With several cached contexts in one test JVM
 * (the plain one and the web one), the global holder then belongs to whichever context started last, and
 * {@link Fixtures#as} would set an authentication that the method security of the other context never sees.
 * Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class SecurityContextStrategyAlignment implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        // After the dirties-context listener (1500), before dependency injection (2000) and the tests themselves
        return 1800;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        align(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        align(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        align(testContext);
    }

    private static void align(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(strategy -> {
                    if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                        SecurityContextHolder.setContextHolderStrategy(strategy);
                    }
                });
    }
}
