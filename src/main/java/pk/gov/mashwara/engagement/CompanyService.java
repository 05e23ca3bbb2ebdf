package pk.gov.mashwara.engagement;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.engagement.EngagementEvents.CompanyChanged;
import pk.gov.mashwara.engagement.domain.PlatformCompany;
import pk.gov.mashwara.engagement.domain.PlatformCompanyRepository;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.ForbiddenException;
import pk.gov.mashwara.shared.InputRules;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;

/** The social media companies: every signed-in user reads the list; administrators add and change them. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class CompanyService {

    private final PlatformCompanyRepository companies;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompanyService(PlatformCompanyRepository companies, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.companies = companies;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Every company by name; {@code activeOnly} leaves out those no longer dealt with. */
    @Transactional(readOnly = true)
    public List<CompanyInfo> companies(boolean activeOnly) {
        return companies.findAllByOrderByNameAsc().stream().filter(c -> !activeOnly || c.isActive())
                .map(CompanyService::info).toList();
    }

    public CompanyInfo add(String name, String services) {
        var actor = requireAdmin();
        var clean = name(name);
        if (companies.findByNameIgnoreCase(clean).isPresent()) {
            throw new ConflictException("error.engagement.company.exists", clean);
        }
        var saved = companies.save(new PlatformCompany(clean, services(services), clock.instant()));
        events.publishEvent(new CompanyChanged(saved.getId(), clean, true, true, actor, clock.instant()));
        return info(saved);
    }

    public CompanyInfo change(long id, String name, String services, boolean active) {
        var actor = requireAdmin();
        var company = companies.findById(id).orElseThrow(() -> new NotFoundException("error.engagement.company.notFound", id));
        var clean = name(name);
        companies.findByNameIgnoreCase(clean).filter(other -> !other.getId().equals(company.getId())).ifPresent(other -> {
            throw new ConflictException("error.engagement.company.exists", clean);
        });
        company.change(clean, services(services), active);
        events.publishEvent(new CompanyChanged(id, clean, false, active, actor, clock.instant()));
        return info(company);
    }

    private String requireAdmin() {
        var user = currentUser.require();
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("error.engagement.company.adminOnly");
        }
        return user.getUsername();
    }

    private static String name(String name) {
        var clean = InputRules.text(name == null ? "" : name.strip(), "name");
        if (clean.isEmpty() || clean.length() > 120) {
            throw InvalidInputException.onField("name", "error.engagement.company.name");
        }
        return clean;
    }

    private static String services(String services) {
        var clean = InputRules.text(services == null ? "" : services.strip(), "services");
        if (clean.length() > 300) {
            throw InvalidInputException.onField("services", "error.engagement.company.services");
        }
        return clean.isEmpty() ? null : clean;
    }

    static CompanyInfo info(PlatformCompany c) {
        return new CompanyInfo(c.getId(), c.getName(), c.getServices(), c.isActive());
    }
}
