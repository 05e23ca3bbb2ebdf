package pk.gov.mashwara.datarequest;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.datarequest.domain.DataRequestRepository;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.directory.UserForm;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.security.RunAs;

/**
 * The demonstration's data requests, on a first start after the demo's drafts (never in production): MoIT and the FIA
 * asked for figures of complaints, MoIT answering with a spreadsheet and the FIA asking what to count; and the FIA and
 * the PTA asked for takedown figures two weeks ago, the FIA overdue and the PTA declining. Every act goes through the
 * service as the demo user who would take it.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "mashwara.demo.enabled", havingValue = "true")
class DataRequestDemo {

    private static final Logger log = LoggerFactory.getLogger(DataRequestDemo.class);

    private final DataRequestService requests;
    private final DataRequestRepository stored;
    private final DirectoryService directory;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final String password;

    DataRequestDemo(DataRequestService requests, DataRequestRepository stored, DirectoryService directory,
            UserDetailsService users, JdbcTemplate jdbc, @Value("${mashwara.demo.password}") String password) {
        this.requests = requests;
        this.stored = stored;
        this.directory = directory;
        this.users = users;
        this.jdbc = jdbc;
        this.password = password;
    }

    /** After the demo's users and drafts ({@code DemoDataSeeder}, order 10); once, while there is no data request. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void seed() {
        try {
            create();
        } catch (RuntimeException e) {
            // the demo is a convenience: a failure is said, and the portal starts without it
            log.warn("Demonstration data requests not created: {}", e.toString());
        }
    }

    private void create() {
        if (!exists("moit.officer") || !exists("nsmcwg.secretary") || !stored.findAllByOrderByCreatedAtDesc().isEmpty()) {
            return;
        }
        log.info("Creating demonstration data requests");
        if (!exists("fia.officer")) {
            RunAs.user(RunAs.systemAdministrator(), () -> directory.createUser(new UserForm("fia.officer",
                    "Tariq Mehmood (Director, Cyber Crime Wing)", "fia.officer@mashwara.example.gov.pk",
                    directory.committeeByCode("FIA").orElseThrow().id(), EnumSet.of(Role.COMMITTEE_OFFICER), true,
                    password)));
        }
        var secretary = as("nsmcwg.secretary");
        // the demo's focal person, or the secretary where another focal person held the office first
        var focal = exists("focal.person") ? as("focal.person") : secretary;
        var moit = as("moit.officer");
        var fia = as("fia.officer");

        var complaints = RunAs.user(secretary, () -> requests.create(new NewDataRequest(
                "Complaints of unlawful online content, 2024 to 2026",
                "The number of complaints of unlawful online content received each year since 2024, how many were "
                        + "referred to the PTA, how much content was removed and how many are pending; by platform and, "
                        + "for 2026, by month.",
                "The NSMCWG is to advise the Prime Minister on the engagement with social media companies "
                        + "(directions 1 and 7); the figures show where the companies act and where they do not.",
                FormWanted.TABLE, Classification.RESTRICTED, Priority.PRIORITY, 10, "No. 1(1)/AS-II/2021", "4",
                List.of("MOIT", "FIA"))));
        RunAs.user(moit, () -> requests.acknowledge(complaints, "MOIT"));
        RunAs.user(moit, () -> requests.answer(complaints, "MOIT",
                "The figures of the Ministry's complaint cell and the PTA's web portal are in the workbook: a summary "
                        + "by year, the platforms, and 2026 by month up to July.",
                false, null, false, List.of(new AnswerUpload("moit-complaints-2024-2026.xlsx",
                        () -> new ByteArrayInputStream(DemoSpreadsheet.complaints())))));
        RunAs.user(fia, () -> requests.clarify(complaints, "FIA",
                "Should complaints received on the Cyber Crime Wing's helpline that did not become inquiries be "
                        + "counted as well?"));
        RunAs.user(secretary, () -> requests.clarify(complaints, "FIA",
                "Yes, please count them, and give the inquiries registered as a separate column."));

        var takedowns = RunAs.user(focal, () -> requests.create(new NewDataRequest(
                "Blocking and takedown requests sent to platforms",
                "How many requests to block or remove content were sent to each platform under section 37 of PECA "
                        + "2016 in 2025 and 2026, and how many each platform complied with.",
                "For the NSMCWG's position in the negotiation with Google on a liaison office (direction 7).",
                FormWanted.FIGURES, Classification.CONFIDENTIAL, Priority.IMMEDIATE, 5, "No. 1(1)/AS-II/2021", "4",
                List.of("FIA", "PTA"))));
        RunAs.user(exists("pta.officer") ? as("pta.officer") : secretary, () -> requests.decline(takedowns, "PTA",
                "Section 37 requests and the platforms' replies are confidential under the Removal and Blocking of "
                        + "Unlawful Online Content Rules, 2021; the Authority can share them on the Ministry's written "
                        + "direction."));
        // asked two weeks ago: its five working days have run out, and the FIA has not answered
        var earlier = java.time.Instant.now().minus(Duration.ofDays(14));
        jdbc.update("update data_request set created_at = ?, due_at = ? where id = ?", utc(earlier),
                utc(earlier.plus(Duration.ofDays(7))), takedowns);
        jdbc.update("update data_request_body set state_since = ? where request_id = ? and state = 'ASKED'",
                utc(earlier), takedowns);
        log.info("Demonstration data requests ready");
    }

    /** A time as the tables keep it: UTC, without a zone. */
    private static java.time.LocalDateTime utc(java.time.Instant at) {
        return java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
    }

    private boolean exists(String username) {
        try {
            users.loadUserByUsername(username);
            return true;
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    private MashwaraUser as(String username) {
        return (MashwaraUser) users.loadUserByUsername(username);
    }
}
