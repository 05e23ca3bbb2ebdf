package pk.gov.mashwara;

import java.lang.reflect.Method;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * What the log says when a background listener fails. A failure of the mail server (down, refusing, unreachable) is
 * the installation's to fix, not a fault of the portal: the listener's event stays in the event publication
 * registry, failed, to be sent again, and the log says so in one warning line, without a stack trace. Every other
 * failure is a fault to look into and is logged as an error with its stack trace, as before.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundFailures implements AsyncConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundFailures.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return BackgroundFailures::handle;
    }

    static void handle(Throwable failure, Method method, Object... arguments) {
        var listener = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        if (failure instanceof MailException) {
            LOG.warn("{} could not send mail ({}); the event is kept as failed, to be sent again", listener,
                    failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage().lines()
                            .findFirst().orElse(""));
            return;
        }
        LOG.error("{} failed in the background", listener, failure);
    }
}
