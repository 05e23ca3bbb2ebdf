package pk.gov.mashwara.directions;

import java.time.LocalDate;
import java.util.List;

/**
 * A receiving office's letter forwarding one down the cascade "for information and compliance": its own number and
 * date, its text, who signs it, and its addressees and copies (attached departments, field offices).
 */
public record Forwarding(String reference, LocalDate date, String body, String signedBy,
        List<NewAddressee> addressees) {

    public Forwarding {
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
    }
}
