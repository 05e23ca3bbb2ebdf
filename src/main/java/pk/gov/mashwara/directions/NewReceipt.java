package pk.gov.mashwara.directions;

import java.time.LocalDate;

/** An office's receipt of a letter: its own diary number and the date received. */
public record NewReceipt(String diaryNumber, LocalDate receivedOn) {
}
