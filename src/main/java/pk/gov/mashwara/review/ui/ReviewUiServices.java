package pk.gov.mashwara.review.ui;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.ThreadActions;

/** The services the review panel calls, handed to it in one piece. */
@Component
record ReviewUiServices(ReviewService review, ThreadActions actions, ReviewWindows windows,
        pk.gov.mashwara.review.ResponseTemplates templates, pk.gov.mashwara.review.BulkResolution bulk,
        pk.gov.mashwara.review.MatrixRecording recording,
        org.springframework.beans.factory.ObjectProvider<pk.gov.mashwara.review.MatrixExports> matrices,
        pk.gov.mashwara.shared.ui.LiveUpdates live) {
}
