package pk.gov.mashwara.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.directory.FocalPersonService;
import pk.gov.mashwara.directory.UserForm;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.security.RunAs;
import pk.gov.mashwara.statement.Channel;
import pk.gov.mashwara.statement.IssueForm;
import pk.gov.mashwara.statement.StatementForm;
import pk.gov.mashwara.statement.StatementService;
import pk.gov.mashwara.statement.Urgency;

/**
 * The demo's statements and focal person (directions 5 and 3), once, after {@link DemoDataSeeder}: the NSMCWG's
 * spokesperson; a statement on TikTok proposed by the PTA, edited, consulted on with MoIT and issued as a press
 * release; a statement on Meta proposed by a member, awaiting the spokesperson; and the nomination of the demo's
 * focal person carried through the members' views, consensus and recommendation to the PM's approval. Every step
 * runs as the demo user who would take it, through the ordinary services.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "mashwara.demo.enabled", havingValue = "true")
class DemoStatements {

    private static final Logger log = LoggerFactory.getLogger(DemoStatements.class);
    static final String SPOKESPERSON = "nsmcwg.spokesperson";
    private static final ZoneId PKT = ZoneId.of("Asia/Karachi");

    private final DirectoryService directory;
    private final StatementService statements;
    private final FocalPersonService focal;
    private final UserDetailsService userDetails;
    private final String password;

    DemoStatements(DirectoryService directory, StatementService statements, FocalPersonService focal,
            UserDetailsService userDetails, @Value("${mashwara.demo.password}") String password) {
        this.directory = directory;
        this.statements = statements;
        this.focal = focal;
        this.userDetails = userDetails;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void seed() {
        if (exists(SPOKESPERSON) || !exists("moit.drafter")) {
            return;
        }
        var nsmcwg = RunAs.user(RunAs.systemAdministrator(), () -> directory.committeeByCode("NSMCWG").orElseThrow().id());
        var home = RunAs.user(RunAs.systemAdministrator(), () -> directory.committeeByCode("MOIB").map(c -> c.id()).orElse(null));
        try {
            RunAs.user(RunAs.systemAdministrator(), () -> directory.createUser(new UserForm(SPOKESPERSON,
                    "Ahmed Raza Chaudhry (Spokesperson)", SPOKESPERSON + "@mashwara.example.gov.pk", nsmcwg,
                    EnumSet.of(Role.SPOKESPERSON), true, password, home)));
        } catch (pk.gov.mashwara.shared.ConflictException e) {
            // another spokesperson already holds the office (only one may): the demonstration leaves it to them
            log.info("Demonstration statements not created: {}", e.getMessage());
            return;
        }
        try {
            issuedStatement();
            proposedStatement();
            nomination();
            log.info("Demonstration statements and the focal person's nomination ready");
        } catch (RuntimeException e) {
            // demonstration data is a convenience: the portal starts without it
            log.error("Demonstration statements or nomination not created", e);
        }
    }

    private void issuedStatement() {
        var pta = as("pta.officer");
        var spokesperson = as(SPOKESPERSON);
        var id = RunAs.user(pta, () -> statements.propose(new StatementForm(
                "The Pakistan Telecommunication Authority has met TikTok's regional team on the removal of unlawful "
                        + "content and expects the company to act on complaints within the time the law sets.",
                null, "PTA's meeting with TikTok on content removal", "TikTok", Urgency.URGENT)));
        var version = RunAs.user(spokesperson, () -> statements.get(id).version());
        RunAs.user(spokesperson, () -> statements.edit(id, new StatementForm(
                "The Government of Pakistan, through the Pakistan Telecommunication Authority, met TikTok's regional "
                        + "team on the removal of unlawful content. TikTok has undertaken to act on complaints within "
                        + "the time the law sets and to open a local channel for the Authority's requests.",
                "حکومتِ پاکستان نے پاکستان ٹیلی کمیونیکیشن اتھارٹی کے ذریعے ٹک ٹاک کی علاقائی ٹیم سے غیر قانونی مواد "
                        + "ہٹانے پر ملاقات کی۔ ٹک ٹاک نے قانون میں مقررہ مدت کے اندر شکایات پر کارروائی کا وعدہ کیا ہے۔",
                "PTA's meeting with TikTok on content removal", "TikTok", Urgency.URGENT), version));
        var moit = RunAs.user(spokesperson, () -> directory.committeeByCode("MOIT").orElseThrow().id());
        var viewId = RunAs.user(spokesperson, () -> statements.askViews(id, moit, null,
                "Does MoIT agree to name the local channel in the statement?"));
        RunAs.user(as("moit.officer"), () -> statements.reply(id, viewId,
                "MoIT agrees; the channel may be named once the Authority confirms it in writing."));
        var now = java.time.ZonedDateTime.now(PKT).minusDays(2);
        var current = RunAs.user(spokesperson, () -> statements.get(id));
        RunAs.user(spokesperson, () -> statements.issue(id, new IssueForm(now.toLocalDate(), LocalTime.of(16, 30),
                Channel.PRESS_RELEASE, current.textEn() + "\n\n" + current.textUr(), current.version())));
    }

    private void proposedStatement() {
        var member = as("nsmcwg.member");
        var spokesperson = as(SPOKESPERSON);
        var id = RunAs.user(member, () -> statements.propose(new StatementForm(
                "The NSMCWG welcomes Meta's commitment to publish a transparency report on requests from Pakistan "
                        + "twice a year.",
                "این ایس ایم سی ڈبلیو جی میٹا کے اس عزم کا خیرمقدم کرتا ہے کہ وہ پاکستان سے موصولہ درخواستوں پر سال میں دو بار "
                        + "شفافیت رپورٹ شائع کرے گا۔",
                "Meta's transparency report", "Meta", Urgency.ROUTINE)));
        RunAs.user(spokesperson, () -> statements.askViews(id, null, "nsmcwg.member2",
                "Is the Ministry of Commerce content with the wording on Meta's commitment?"));
    }

    private void nomination() {
        var nominee = as("focal.person");
        if (!nominee.isEnabled() || !nominee.has(Role.FOCAL_PERSON)) {
            return;
        }
        var secretary = as("nsmcwg.secretary");
        var id = RunAs.user(as("nsmcwg.member"), () -> focal.nominate(nominee.id(),
                "Dr. Sana Qureshi has led the working group's engagement with the platforms since its formation."));
        RunAs.user(as("nsmcwg.member2"), () -> focal.opinion(id, true, "Supported."));
        RunAs.user(as("nsmcwg.member3"), () -> focal.opinion(id, true, "Supported; she knows the platforms' teams."));
        RunAs.user(as("nsmcwg.member4"), () -> focal.opinion(id, false,
                "PTA would prefer a serving officer of the Authority, but will not stand in the way."));
        var today = LocalDate.now(PKT);
        RunAs.user(secretary, () -> focal.consensus(id,
                "Three of four members support; PTA's objection recorded. Consensus formed at the meeting of the NSMCWG.",
                focal.nomination(id).version()));
        RunAs.user(secretary, () -> focal.recommendation(id, "No. NSMCWG/FP/1/2026", today.minusDays(20),
                focal.nomination(id).version()));
        RunAs.user(secretary, () -> focal.approval(id, "No. 1(1)/AS-II/2021 (FP)", today.minusDays(12),
                focal.nomination(id).version()));
    }

    private MashwaraUser as(String username) {
        return (MashwaraUser) userDetails.loadUserByUsername(username);
    }

    private boolean exists(String username) {
        try {
            userDetails.loadUserByUsername(username);
            return true;
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }
}
