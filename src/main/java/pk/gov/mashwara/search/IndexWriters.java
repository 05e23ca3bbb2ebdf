package pk.gov.mashwara.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that bring the indexes up to date after changes ({@code @Async(IndexWriters.EXECUTOR)} on every index
 * listener), apart from the portal's other background work. A change to an index waits for a commit it shares with
 * the changes around it (up to 200 ms under load); on the common task pool those waits held back notices, audit
 * entries and updates queued behind them.
 */
@Configuration(proxyBeanMethods = false)
public class IndexWriters {

    /** The executor's bean name, for {@code @Async}. */
    public static final String EXECUTOR = "indexWriterExecutor";

    @Bean(name = EXECUTOR)
    ThreadPoolTaskExecutor indexWriterExecutor() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("index-writer-");
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
