/**
 * The office calendar: which days are working days in the federal government (Saturdays and Sundays off, the
 * gazetted holidays of {@code config/holidays.yml}), and what date falls N working days after another. Deadlines
 * of routing steps, consultations, directions and data requests are counted with it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package pk.gov.mashwara.calendar;
