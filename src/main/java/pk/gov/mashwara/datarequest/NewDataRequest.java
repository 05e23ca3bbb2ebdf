package pk.gov.mashwara.datarequest;

import java.util.List;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.Priority;

/**
 * What the requester asks.
 *
 * @param bodies          the codes of the bodies asked ({@code MOIT}, {@code FIA}), at least one
 * @param deadlineDays    working days from today
 * @param directionLetter the letter's number, e.g. {@code No. 1(1)/AS-II/2021}
 * @param directionNumber the direction's number in the letter, e.g. {@code 4}
 */
public record NewDataRequest(String subject, String question, String whyNeeded, FormWanted formWanted,
        Classification classification, Priority priority, int deadlineDays, String directionLetter,
        String directionNumber, List<String> bodies) {
}
