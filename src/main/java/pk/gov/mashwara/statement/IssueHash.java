package pk.gov.mashwara.statement;

import java.time.Instant;

import pk.gov.mashwara.shared.RecordHash;

/**
 * The hash of a statement's issue: the statement's id, when it was issued, the channel, the final text, the
 * issuer's user name and name, and when the issue was recorded (times at microseconds, as the database keeps them).
 */
final class IssueHash {

    /** Names the layout, so that a later layout cannot produce the same bytes. */
    static final String FORMAT = "mashwara-statement-issue-1";

    private IssueHash() {
    }

    static String of(long statementId, Instant issuedAt, Channel channel, String finalText, String issuer,
            String issuerName, Instant recordedAt) {
        return RecordHash.of(FORMAT).number(statementId).time(issuedAt).text(channel.name()).text(finalText)
                .text(issuer).text(issuerName).time(recordedAt).hex();
    }
}
