package pk.gov.mashwara.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

class WaitDiagnosticsTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path reports;

    @Test
    void a_wait_that_timed_out_is_explained_and_still_fails() throws Exception {
        var context = context("a_wait_that_timed_out_is_explained_and_still_fails");
        var file = reports.resolve("WaitDiagnosticsTest.a_wait_that_timed_out_is_explained_and_still_fails.txt");
        ConditionTimeoutException timeout = null;
        try {
            Awaitility.await().pollDelay(Duration.ZERO).atMost(Duration.ofMillis(150)).until(() -> false);
        } catch (ConditionTimeoutException e) {
            timeout = e;
        }
        var wrapped = new AssertionError("waited", timeout);
        assertThatThrownBy(() -> new WaitDiagnostics(reports).handleTestExecutionException(context, wrapped)).isSameAs(wrapped);
        assertThat(file).exists();
        assertThat(Files.readString(file)).contains("gave up waiting", "threads (");
    }

    @Test
    void other_failures_pass_through_untouched() throws Exception {
        var context = context("other_failures_pass_through_untouched");
        var file = reports.resolve("WaitDiagnosticsTest.other_failures_pass_through_untouched.txt");
        var failure = new AssertionError("plain");
        assertThatThrownBy(() -> new WaitDiagnostics(reports).handleTestExecutionException(context, failure)).isSameAs(failure);
        assertThat(file).doesNotExist();
    }

    private static ExtensionContext context(String method) throws NoSuchMethodException {
        var context = mock(ExtensionContext.class);
        when(context.getRequiredTestClass()).thenAnswer(i -> WaitDiagnosticsTest.class);
        when(context.getRequiredTestMethod()).thenReturn(WaitDiagnosticsTest.class.getDeclaredMethod(method));
        return context;
    }
}
