package pk.gov.mashwara.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Under the prod profile demo data is never created, even if someone leaves the switch on. (No generated
 * administrator either: the test database is shared with the other tests.)
 */
@SpringBootTest(properties = { "mashwara.demo.enabled=true", "server.servlet.session.cookie.secure=false",
        "mashwara.bootstrap.generate-admin-password=false" })
@ActiveProfiles("prod")
class NoDemoDataInProductionIT {

    @Autowired
    ApplicationContext context;

    @Test
    void the_prod_profile_has_no_demo_seeder() {
        assertThat(context.getBeansOfType(DemoDataSeeder.class)).isEmpty();
    }
}
