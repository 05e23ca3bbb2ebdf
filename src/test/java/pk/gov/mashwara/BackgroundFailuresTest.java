package pk.gov.mashwara;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class BackgroundFailuresTest {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(BackgroundFailures.class);

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
        // caught here only: the test log of a passing build shows no error
        logger.setAdditive(false);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(log);
        logger.setAdditive(true);
    }

    /** Stands for a listener method. */
    void on(Object event) {
    }

    @Test
    void a_mail_server_that_is_down_is_one_warning_without_a_stack_trace() throws Exception {
        var method = getClass().getDeclaredMethod("on", Object.class);

        BackgroundFailures.handle(new MailSendException("Mail server connection failed.\n  nested exception is: refused"),
                method, "event");

        assertThat(log.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getThrowableProxy()).isNull();
            assertThat(e.getFormattedMessage()).isEqualTo("BackgroundFailuresTest.on could not send mail "
                    + "(Mail server connection failed.); the event is kept as failed, to be sent again");
        });
    }

    @Test
    void any_other_failure_is_an_error_with_its_stack_trace() throws Exception {
        var method = getClass().getDeclaredMethod("on", Object.class);

        BackgroundFailures.handle(new IllegalStateException("a fault"), method, "event");

        assertThat(log.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.ERROR);
            assertThat(e.getThrowableProxy().getMessage()).isEqualTo("a fault");
        });
    }
}
