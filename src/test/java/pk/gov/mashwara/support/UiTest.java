package pk.gov.mashwara.support;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;

import pk.gov.mashwara.review.TestMarkers;
import pk.gov.mashwara.security.MashwaraUser;

/**
 * Base of the browserless view tests: the real application context, signed in as a chosen user. Test markers of
 * passages ({@link TestMarkers}) are part of it, so that the comparison view's tests share this context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@Import({ Fixtures.class, TestMarkers.class })
public abstract class UiTest extends SpringBrowserlessTest {

    @Autowired
    protected Fixtures fixtures;

    protected void signIn(MashwaraUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
