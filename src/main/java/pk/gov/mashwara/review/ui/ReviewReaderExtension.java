package pk.gov.mashwara.review.ui;

import com.vaadin.flow.component.Component;


import pk.gov.mashwara.text.ui.reader.ReaderExtension;
import pk.gov.mashwara.text.ui.reader.ReaderPage;

/** Puts the review panel beside the reader's text. */
@org.springframework.stereotype.Component
class ReviewReaderExtension implements ReaderExtension {

    private final ReviewUiServices services;

    ReviewReaderExtension(ReviewUiServices services) {
        this.services = services;
    }

    @Override
    public Component panel(ReaderPage page) {
        return new ReviewPanel(page, services);
    }
}
