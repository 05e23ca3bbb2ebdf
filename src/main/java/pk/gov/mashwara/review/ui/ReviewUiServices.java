package pk.gov.mashwara.review.ui;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.ThreadActions;

/** The services the review panel calls, handed to it in one piece. */
@Component
record ReviewUiServices(ReviewService review, ThreadActions actions, ReviewWindows windows) {
}
