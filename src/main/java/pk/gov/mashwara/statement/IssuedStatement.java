package pk.gov.mashwara.statement;

import java.time.Instant;

/**
 * An entry of the register of issued statements, readable by every signed-in user.
 *
 * @param intact whether the stored hash still matches the stored issue
 */
public record IssuedStatement(long statementId, Instant issuedAt, Channel channel, String finalText, String company,
        String occasion, String issuer, String issuerName, Instant recordedAt, String hash, boolean intact,
        String directionLetter, String directionNumber) {
}
