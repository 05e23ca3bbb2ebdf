package pk.gov.mashwara.directory;

import java.time.LocalDate;

/** A focal person's time in office: {@code from} null before the register, {@code to} null for the current one. */
public record FocalTerm(String username, String name, LocalDate from, LocalDate to, String approvalRef,
        Long nominationId) {
}
