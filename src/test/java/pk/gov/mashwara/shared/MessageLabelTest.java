package pk.gov.mashwara.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A refusal names a form's field in the reader's words, not by the field's internal name. */
class MessageLabelTest {

    @Test
    void a_field_is_named_in_the_readers_language_and_an_unknown_one_by_its_name() {
        var english = Messages.get(Locale.ENGLISH, "error.directions.required", Messages.field("directions", "diaryNumber"));
        assertThat(english).isEqualTo("“Diary number” is required.").doesNotContain("diaryNumber");
        var urdu = Messages.get(Messages.URDU, "error.directions.required", Messages.field("directions", "diaryNumber"));
        assertThat(urdu).contains("ڈائری نمبر").doesNotContain("diaryNumber");
        assertThat(Messages.get(Locale.ENGLISH, "error.directions.required", Messages.field("directions", "noSuchField")))
                .contains("noSuchField");
    }

    @Test
    void the_refusal_carries_the_field_apart_for_the_form_and_names_it_for_people() {
        var refusal = InvalidInputException.onField("receivedOn", "error.directions.required",
                Messages.field("directions", "receivedOn"));
        assertThat(refusal.field()).isEqualTo("receivedOn");
        assertThat(refusal.getMessage()).isEqualTo("“Received on” is required.");
    }
}
