package pk.gov.mashwara.desk.ui;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import pk.gov.mashwara.desk.DeskService;
import pk.gov.mashwara.draft.ui.page.DraftPage;
import pk.gov.mashwara.draft.ui.page.DraftPageContribution;
import pk.gov.mashwara.draft.ui.page.DraftPageExtension;
import pk.gov.mashwara.text.ui.reader.ReaderExtension;
import pk.gov.mashwara.text.ui.reader.ReaderPage;

/**
 * Notes, each time a user opens a draft's page or its reader, that they looked at the draft: the "new" marks of
 * the draft on their desk clear. Adds nothing the user sees.
 */
@org.springframework.stereotype.Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LookRecorder implements DraftPageExtension, ReaderExtension {

    private final DeskService desk;

    LookRecorder(DeskService desk) {
        this.desk = desk;
    }

    @Override
    public DraftPageContribution contribute(DraftPage page) {
        record(page.draft().id());
        return new DraftPageContribution(List.of(), null);
    }

    @Override
    public Component panel(ReaderPage page) {
        record(page.draftId());
        var nothing = new Div();
        nothing.setVisible(false);
        return nothing;
    }

    private void record(long draftId) {
        try {
            desk.looked(draftId);
        } catch (DataIntegrityViolationException e) {
            // the same user opened the draft in another tab at the same moment: that look was recorded
        }
    }
}
