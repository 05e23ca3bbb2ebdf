package pk.gov.mashwara.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records the SQL that Hibernate prepares on the calling thread while {@link #during} runs (background work on
 * other threads is left out), for tests that count how often something is read. Register it with the property
 * {@code spring.jpa.properties.hibernate.session_factory.statement_inspector}.
 */
public class SqlCapture implements StatementInspector {

    private static final ThreadLocal<List<String>> CAPTURED = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        var captured = CAPTURED.get();
        if (captured != null) {
            captured.add(sql);
        }
        return sql;
    }

    /** The statements prepared on this thread while {@code work} ran. */
    public static List<String> during(Callable<?> work) {
        var captured = new ArrayList<String>();
        CAPTURED.set(captured);
        try {
            work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            CAPTURED.remove();
        }
        return captured;
    }
}
