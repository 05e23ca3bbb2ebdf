package pk.gov.mashwara.search.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.search.IndexStatus;
import pk.gov.mashwara.shared.ui.Polling;

/**
 * Where the search index stands while it is checked or rebuilt: versions done of the total, as a bar and in words.
 * It asks again every two seconds (the page polls) and, once the index is ready, hides itself and lets the page
 * show its results.
 */
class RebuildProgress extends Div {

    static final int POLL_MILLIS = 2_000;

    final ProgressBar bar = new ProgressBar();
    final Span text = new Span();
    private final Supplier<IndexStatus> status;
    private final Runnable whenReady;
    private Registration polling;

    RebuildProgress(Supplier<IndexStatus> status, Runnable whenReady) {
        this.status = status;
        this.whenReady = whenReady;
        setId("search-rebuild-progress");
        text.setId("search-rebuild-progress-text");
        // read out as it changes, without taking the focus
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        add(text, bar);
        setVisible(false);
    }

    /** Shows how far the index has got and keeps asking until it is ready. */
    void follow(IndexStatus current) {
        show(current);
        var ui = getUI().orElse(UI.getCurrent());
        if (polling == null && ui != null) {
            Polling.request(ui, this, POLL_MILLIS);
            polling = ui.addPollListener(e -> poll());
        }
    }

    /** Asks where the index stands now: still on its way, or ready (then the page shows its results). */
    void poll() {
        var now = status.get();
        if (now.ready()) {
            stop();
            whenReady.run();
        } else {
            show(now);
        }
    }

    boolean following() {
        return polling != null;
    }

    void stop() {
        setVisible(false);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> Polling.release(ui, this));
    }

    private void show(IndexStatus current) {
        setVisible(true);
        var counted = current.total() > 0;
        text.setText(switch (current.state()) {
            case STARTING -> getTranslation("search.rebuilding.starting");
            case REBUILDING -> counted ? getTranslation("search.rebuilding.progress", current.done(), current.total())
                    : getTranslation("search.rebuilding.counting");
            default -> getTranslation("search.unavailable.failed");
        });
        bar.setIndeterminate(!counted || current.state() == IndexStatus.State.STARTING);
        if (counted) {
            bar.setValue(0);
            bar.setMax(current.total());
            bar.setValue(Math.min(current.done(), current.total()));
        }
        bar.setVisible(current.state() != IndexStatus.State.FAILED);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // back on the page while the index is still on its way: keep following it
        if (isVisible() && polling == null) {
            Polling.request(event.getUI(), this, POLL_MILLIS);
            polling = event.getUI().addPollListener(e -> poll());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        Polling.release(event.getUI(), this);
        super.onDetach(event);
    }
}
