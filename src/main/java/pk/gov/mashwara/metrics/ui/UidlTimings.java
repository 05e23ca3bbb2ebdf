package pk.gov.mashwara.metrics.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Times every UIDL request (an event of the browser's Vaadin client and the changes answered) in the server, as
 * {@code mashwara.ui.uidl}, tagged with the route of the view the UI shows when the answer is written (for a request
 * that navigates: the view navigated to) and whether it failed. The route is the view's {@link Route} template
 * without its parameters' patterns ({@code drafts/:draftId/versions/:number/text}), so the tags stay few.
 * <p>
 * It hooks into Vaadin's own request start and end ({@link VaadinRequestInterceptor}): at the end the UI the request
 * was for is still the current one, so nothing is looked up and no lock is taken. Other requests (the page, static
 * files, heartbeats, uploads) are not timed here.
 */
@Component
class UidlTimings implements VaadinServiceInitListener {

    static final String TIMER = "mashwara.ui.uidl";
    /** The tag of a request whose UI shows no routed view (yet). */
    static final String NO_VIEW = "none";

    private static final String STARTED = UidlTimings.class.getName() + ".started";

    private final MeterRegistry registry;
    private final Map<Class<?>, String> routes = new ConcurrentHashMap<>();

    UidlTimings(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new Interceptor());
    }

    /** The view's route template, its parameters' patterns left out; the class name for a view without one. */
    String route(Class<?> view) {
        return routes.computeIfAbsent(view, type -> {
            var route = type.getAnnotation(Route.class);
            if (route == null) {
                return type.getSimpleName();
            }
            var template = route.value().replaceAll("\\([^)]*\\)", "");
            return template.isEmpty() ? "/" : template;
        });
    }

    private String currentView() {
        var ui = UI.getCurrent();
        if (ui == null) {
            return NO_VIEW;
        }
        var chain = ui.getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? NO_VIEW : route(chain.getFirst().getClass());
    }

    private final class Interceptor implements VaadinRequestInterceptor {

        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            if (HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
                request.setAttribute(STARTED, System.nanoTime());
            }
        }

        @Override
        public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                Exception exception) {
            if (request.getAttribute(STARTED) != null) {
                request.setAttribute(STARTED + ".failed", Boolean.TRUE);
            }
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            if (!(request.getAttribute(STARTED) instanceof Long started)) {
                return;
            }
            long nanos = System.nanoTime() - started;
            boolean failed = request.getAttribute(STARTED + ".failed") != null;
            Timer.builder(TIMER).tag("view", currentView()).tag("outcome", failed ? "error" : "ok")
                    .description("A UIDL request handled by the server, by the view shown when it was answered")
                    .register(registry).record(nanos, TimeUnit.NANOSECONDS);
        }
    }
}
