package pk.gov.mashwara.routing;

import java.time.LocalDate;
import java.util.regex.Pattern;

import pk.gov.mashwara.calendar.WorkingCalendar;
import pk.gov.mashwara.routing.domain.Consultation;
import pk.gov.mashwara.shared.InvalidInputException;

/**
 * A division's view as it arrives in the Secretariat: an unofficial (U.O.) note with its number, its date and the
 * designation of the officer who signed it; when recorded on the division's behalf, also the day it was received.
 *
 * @param receivedOn the day a note recorded on the division's behalf was received, else null
 */
record UoNote(String number, LocalDate date, String designation, LocalDate receivedOn) {

    /** A U.O. number as offices write it, e.g. {@code F. No. 2(14)/2026-Law-I}: letters, digits and punctuation. */
    private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{N} .,/()\\-–:#&]+");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\p{N}.*");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");

    /**
     * The note the request gives for {@code step}, checked field by field: the number's shape, a date neither before
     * the division was consulted nor after today, a designation in words, and for a note recorded on the division's
     * behalf the day it was received (not before the note's date nor after today).
     */
    static UoNote read(ActionRequest request, Consultation step, boolean onBehalf, LocalDate today) {
        var number = request.detail("uoNumber");
        if (number == null) {
            throw InvalidInputException.onField("uoNumber", "error.routing.uo.number.missing");
        }
        if (number.length() > Consultation.MAX_UO_NUMBER || !NUMBER.matcher(number).matches()
                || !HAS_DIGIT.matcher(number).matches()) {
            throw InvalidInputException.onField("uoNumber", "error.routing.uo.number.shape", Consultation.MAX_UO_NUMBER);
        }
        var date = Consultations.date(request.detail("uoDate"), "uoDate");
        if (date == null) {
            throw InvalidInputException.onField("uoDate", "error.routing.uo.date.missing");
        }
        var consulted = step.getOpenedAt().atZone(WorkingCalendar.OFFICE_ZONE).toLocalDate();
        if (date.isBefore(consulted) || date.isAfter(today)) {
            throw InvalidInputException.onField("uoDate", "error.routing.uo.date.when", consulted.toString(),
                    today.toString());
        }
        var designation = request.detail("designation");
        if (designation == null) {
            throw InvalidInputException.onField("designation", "error.routing.uo.designation.missing");
        }
        if (designation.length() > Consultation.MAX_DESIGNATION || !HAS_LETTER.matcher(designation).matches()) {
            throw InvalidInputException.onField("designation", "error.routing.uo.designation.shape",
                    Consultation.MAX_DESIGNATION);
        }
        LocalDate received = null;
        if (onBehalf) {
            received = Consultations.date(request.detail("receivedOn"), "receivedOn");
            if (received == null) {
                throw InvalidInputException.onField("receivedOn", "error.routing.onBehalf.receivedOn.missing");
            }
            if (received.isBefore(date) || received.isAfter(today)) {
                throw InvalidInputException.onField("receivedOn", "error.routing.onBehalf.receivedOn.when",
                        date.toString(), today.toString());
            }
        }
        return new UoNote(number, date, designation, received);
    }
}
