package pk.gov.mashwara.statement;

/**
 * A statement's text as proposed or edited: in English, in Urdu or both (at least one), the occasion, the company
 * concerned (as text for now) and the urgency.
 */
public record StatementForm(String textEn, String textUr, String occasion, String company, Urgency urgency) {
}
