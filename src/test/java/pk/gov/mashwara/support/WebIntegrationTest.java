package pk.gov.mashwara.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application on a random port, for tests that talk HTTP. All such tests share this one configuration
 * (and so one application context). The upload limit is small so that an over-limit upload is cheap to send;
 * the servlet's multipart limit stays above it, as in production, so that the portal answers with its own
 * message.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mashwara.store.max-file-size=" + WebIntegrationTest.MAX_FILE_SIZE,
        "spring.servlet.multipart.max-file-size=" + WebIntegrationTest.MULTIPART_MAX_FILE_SIZE,
        "spring.servlet.multipart.max-request-size=2MB",
        // an account changed through the portal must be forgotten at once, not merely after its few seconds
        "mashwara.security.account-recheck=PT10M" })
@Import(Fixtures.class)
public @interface WebIntegrationTest {

    String MAX_FILE_SIZE = "256KB";
    int MAX_FILE_BYTES = 256 * 1024;
    String MULTIPART_MAX_FILE_SIZE = "1MB";
    int MULTIPART_MAX_FILE_BYTES = 1024 * 1024;
}
