package pk.gov.mashwara.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application on a random port as it starts for real: with its demo users and drafts, and its extractors started
 * and warmed at start. The operators' metrics, the extractors' warm-up and the load benchmark's smoke form share this
 * one configuration (and so one application context).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mashwara.demo.enabled=true", "mashwara.extraction.warm-at-start=true" })
@Import(Fixtures.class)
public @interface DemoPortalTest {
}
