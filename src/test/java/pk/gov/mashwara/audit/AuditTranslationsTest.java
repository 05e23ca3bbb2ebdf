package pk.gov.mashwara.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every action, outcome, kind of target and chain problem the audit view shows has its text in English and in Urdu. */
class AuditTranslationsTest {

    @ParameterizedTest
    @ValueSource(strings = { "vaadin-i18n/translations.properties", "vaadin-i18n/translations_ur.properties" })
    void every_audit_label_is_translated(String file) throws IOException {
        var texts = new Properties();
        try (var in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(file),
                StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        var keys = new ArrayList<String>();
        for (var action : AuditAction.values()) {
            keys.add("auditAction." + action.name());
        }
        for (var outcome : AuditOutcome.values()) {
            keys.add("auditOutcome." + outcome.name());
        }
        for (var problem : ChainProblem.values()) {
            keys.add("audit.chain.problem." + problem.name());
        }
        // the kinds of target the recorders write (AuditRecorder, EngagementAuditRecorder, AuditLog, RecordedAct's)
        for (var kind : java.util.List.of("DRAFT", "USER", "ADDRESS", "CHAIN", "LETTER", "ENGAGEMENT", "COMPANY",
                "RESPONSE_TEMPLATE", "STATEMENT", "NOMINATION", "DATA_REQUEST")) {
            keys.add("audit.targetType." + kind);
        }
        assertThat(keys).allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
    }
}
