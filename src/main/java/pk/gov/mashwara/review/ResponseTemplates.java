package pk.gov.mashwara.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.review.domain.ResponseTemplate;
import pk.gov.mashwara.review.domain.ResponseTemplateRepository;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InputRules;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.Messages;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * The libraries of response texts that whoever resolves threads inserts into a resolution's reason: each committee
 * keeps its own and the NSMCWG keeps one. A committee's officer manages the committee's library and the NSMCWG
 * secretary the NSMCWG's. A committee's drafters and officers use their own library and the NSMCWG's (its
 * standard answers are no secret from the committees it answers); the NSMCWG secretary and the focal person use
 * the NSMCWG's only, a committee's wording being its own. Anyone else sees no template. A template another
 * user may not see is not found for them. Every change is audited.
 * <p>
 * A template may use the variables {@code {commenter}} (who started the thread), {@code {organisation}} (the
 * commenter's home organisation, or their committee) and {@code {clause}} (the clause the thread's passage is in:
 * its number as the text gives it, "Section 37(2)", "3.", or else the passage's first words; "the draft as a
 * whole" for a thread on the whole draft), filled when it is inserted; any other {@code {name}} is refused.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ResponseTemplates {

    public static final int MAX_TITLE = 120;
    public static final int MAX_BODY = 2000;
    public static final Set<String> VARIABLES = Set.of("commenter", "clause", "organisation");
    /** The most templates one library holds, so that a picker stays a picker. */
    public static final int MAX_PER_LIBRARY = 100;

    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}\\s]{0,40})}");
    private static final Pattern CLAUSE = Pattern.compile(
            "^\\s*((?:(?:Section|Sub-section|Rule|Sub-rule|Clause|Article|Regulation|Para(?:graph)?|Schedule)\\s+"
                    + "[0-9]+[A-Za-z]?(?:\\([0-9A-Za-z]{1,4}\\))*)|(?:[0-9]+[A-Za-z]?(?:\\.[0-9]+)*[.)])|(?:\\([0-9a-z]{1,4}\\))"
                    + "|(?:[\\u06F0-\\u06F9\\u0660-\\u0669]+[\\u06D4.)-]))",
            Pattern.CASE_INSENSITIVE);

    private final ResponseTemplateRepository templates;
    private final ReviewService review;
    private final DirectoryService directory;
    private final pk.gov.mashwara.directory.People people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResponseTemplates(ResponseTemplateRepository templates, ReviewService review, DirectoryService directory,
            pk.gov.mashwara.directory.People people, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.people = people;
        this.templates = templates;
        this.review = review;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The templates the user may use: their committee's library first, then the NSMCWG's; by title. */
    @Transactional(readOnly = true)
    public List<ResponseTemplateView> list() {
        var user = currentUser.require();
        var out = new ArrayList<ResponseTemplateView>();
        if (committeeUser(user)) {
            templates.findByCommittee(user.committeeId()).forEach(t -> out.add(view(t, user)));
        }
        if (committeeUser(user) || nsmcwgUser(user)) {
            templates.findNsmcwgs().forEach(t -> out.add(view(t, user)));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public ResponseTemplateView get(long id) {
        var user = currentUser.require();
        return view(visible(id, user), user);
    }

    /** Whether the user manages a library (and which): a committee officer their committee's, the secretary the NSMCWG's. */
    @Transactional(readOnly = true)
    public boolean mayManage() {
        return library(currentUser.require()) != null;
    }

    /** A new template in the library the user manages. */
    public ResponseTemplateView create(String title, String body) {
        var user = currentUser.require();
        var library = library(user);
        if (library == null) {
            throw new AccessDeniedException("Only a committee's officer or the NSMCWG secretary keeps response templates.");
        }
        var committeeId = library.committeeId();
        var existing = committeeId == null ? templates.findNsmcwgs() : templates.findByCommittee(committeeId);
        var cleanTitle = title(title);
        var cleanBody = body(body);
        if (existing.size() >= MAX_PER_LIBRARY) {
            throw new InvalidInputException("error.review.template.tooMany", MAX_PER_LIBRARY);
        }
        requireUniqueTitle(existing, cleanTitle, null);
        var now = clock.instant();
        var saved = templates.saveAndFlush(new ResponseTemplate(committeeId, cleanTitle, cleanBody, user.getUsername(), now));
        events.publishEvent(new ResponseTemplateChanged(saved.getId(), committeeId, cleanTitle, true, false,
                user.getUsername(), now));
        return view(saved, user);
    }

    /** Changes a template of the user's library; {@code expectedVersion} as read, so that of two edits one wins. */
    public ResponseTemplateView update(long id, long expectedVersion, String title, String body) {
        var user = currentUser.require();
        var template = managed(id, user);
        var cleanTitle = title(title);
        var cleanBody = body(body);
        requireVersion(template, expectedVersion);
        var committeeId = template.getCommitteeId();
        requireUniqueTitle(committeeId == null ? templates.findNsmcwgs() : templates.findByCommittee(committeeId),
                cleanTitle, template.getId());
        var now = clock.instant();
        template.change(cleanTitle, cleanBody, user.getUsername(), now);
        try {
            templates.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("error.review.template.changedMeanwhile");
        }
        events.publishEvent(new ResponseTemplateChanged(id, committeeId, cleanTitle, false, false, user.getUsername(), now));
        return view(template, user);
    }

    public void delete(long id, long expectedVersion) {
        var user = currentUser.require();
        var template = managed(id, user);
        requireVersion(template, expectedVersion);
        templates.delete(template);
        templates.flush();
        events.publishEvent(new ResponseTemplateChanged(id, template.getCommitteeId(), template.getTitle(), false, true,
                user.getUsername(), clock.instant()));
    }

    /**
     * The template's text with its variables filled for the thread, in the reader's language where the directory
     * has it (an organisation's Urdu name): what goes into the resolution's reason. Both the template and the
     * thread must be visible to the user; nothing is changed.
     */
    @Transactional(readOnly = true)
    public String fill(long templateId, long threadId, Locale locale) {
        var user = currentUser.require();
        var template = visible(templateId, user);
        var thread = review.thread(threadId);
        return fill(template.getBody(), thread, locale);
    }

    String fill(String body, ThreadView thread, Locale locale) {
        var opening = thread.opening();
        var organisation = opening.authorHome() != null ? opening.authorHome().name(locale) : organisation(opening.author(), locale);
        var matcher = VARIABLE.matcher(body);
        var out = new StringBuilder();
        while (matcher.find()) {
            var value = switch (matcher.group(1)) {
                case "commenter" -> opening.authorName();
                case "organisation" -> organisation;
                case "clause" -> clause(thread, locale);
                default -> matcher.group();
            };
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Without a home organisation, the commenter's committee, by its name in the reader's language. */
    private String organisation(String username, Locale locale) {
        var committee = people.byUsername(username).map(u -> u.committeeId()).flatMap(people::committeeById);
        return committee.map(c -> "ur".equals(locale.getLanguage()) && c.nameUr() != null ? c.nameUr() : c.name())
                .orElse("NSMCWG");
    }

    /**
     * The clause a thread's passage is in: the number its paragraph starts with ("Section 37(2)", "3.", "(a)"),
     * else the passage's first words in quotes; for a thread on the whole draft, "the draft as a whole".
     */
    public static String clause(ThreadView thread, Locale locale) {
        var passage = thread.passage();
        if (passage == null) {
            return Messages.get(locale, "review.template.wholeDraft");
        }
        var before = passage.prefix() == null ? "" : passage.prefix();
        var lineStart = Math.max(before.lastIndexOf('\n'), -1);
        var paragraph = before.substring(lineStart + 1) + passage.exact();
        var matcher = CLAUSE.matcher(paragraph);
        if (matcher.find()) {
            var found = matcher.group(1).strip();
            return found.endsWith(".") || found.endsWith("\u06D4") || found.endsWith("-")
                    ? found.substring(0, found.length() - 1) : found;
        }
        var words = passage.exact().strip().replaceAll("\\s+", " ");
        return "“" + (words.length() > 60 ? words.substring(0, 60).strip() + "…" : words) + "”";
    }

    // ---

    /** The library a user manages, or null. */
    private record Library(Long committeeId) {
    }

    private static Library library(MashwaraUser user) {
        if (user.isNsmcwg() && user.has(Role.NSMCWG_SECRETARY)) {
            return new Library(null);
        }
        if (!user.isNsmcwg() && user.committeeId() != null && user.has(Role.COMMITTEE_OFFICER)) {
            return new Library(user.committeeId());
        }
        return null;
    }

    private static boolean committeeUser(MashwaraUser user) {
        return !user.isNsmcwg() && user.committeeId() != null
                && user.hasAny(Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER);
    }

    private static boolean nsmcwgUser(MashwaraUser user) {
        return user.isNsmcwg() && user.hasAny(Role.NSMCWG_SECRETARY, Role.FOCAL_PERSON);
    }

    private static boolean sees(MashwaraUser user, ResponseTemplate template) {
        if (template.getCommitteeId() == null) {
            return committeeUser(user) || nsmcwgUser(user);
        }
        return committeeUser(user) && template.getCommitteeId().equals(user.committeeId());
    }

    private static boolean manages(MashwaraUser user, ResponseTemplate template) {
        var library = library(user);
        return library != null && java.util.Objects.equals(library.committeeId(), template.getCommitteeId());
    }

    private ResponseTemplate visible(long id, MashwaraUser user) {
        return templates.findById(id).filter(t -> sees(user, t))
                .orElseThrow(() -> new NotFoundException("error.review.template.notFound", id));
    }

    private ResponseTemplate managed(long id, MashwaraUser user) {
        var template = visible(id, user);
        if (!manages(user, template)) {
            throw new AccessDeniedException("Only the library's keeper (the committee's officer, or the NSMCWG "
                    + "secretary for the NSMCWG's) changes its templates.");
        }
        return template;
    }

    private static void requireVersion(ResponseTemplate template, long expectedVersion) {
        if (template.getVersion() != expectedVersion) {
            throw new ConflictException("error.review.template.changedMeanwhile");
        }
    }

    private static void requireUniqueTitle(List<ResponseTemplate> library, String title, Long except) {
        for (var other : library) {
            if (!other.getId().equals(except) && other.getTitle().equalsIgnoreCase(title)) {
                throw InvalidInputException.onField("title", "error.review.template.titleTaken", title);
            }
        }
    }

    private static String title(String title) {
        var clean = InputRules.text(title == null ? "" : title, "title").strip();
        if (clean.isEmpty()) {
            throw InvalidInputException.onField("title", "error.review.template.titleMissing");
        }
        if (clean.length() > MAX_TITLE || clean.contains("\n")) {
            throw InvalidInputException.onField("title", "error.review.template.titleTooLong", MAX_TITLE);
        }
        return clean;
    }

    private static String body(String body) {
        var clean = InputRules.text(body == null ? "" : body, "body").strip();
        if (clean.isEmpty()) {
            throw InvalidInputException.onField("body", "error.review.template.bodyMissing");
        }
        if (clean.length() > MAX_BODY) {
            throw InvalidInputException.onField("body", "error.review.template.bodyTooLong", MAX_BODY);
        }
        var matcher = VARIABLE.matcher(clean);
        while (matcher.find()) {
            if (!VARIABLES.contains(matcher.group(1))) {
                throw InvalidInputException.onField("body", "error.review.template.unknownVariable", matcher.group());
            }
        }
        return clean;
    }

    private ResponseTemplateView view(ResponseTemplate t, MashwaraUser user) {
        var library = t.getCommitteeId() == null ? "NSMCWG" : directory.committee(t.getCommitteeId()).code();
        return new ResponseTemplateView(t.getId(), t.getCommitteeId(), library, t.getTitle(), t.getBody(),
                t.getUpdatedBy(), t.getUpdatedAt(), manages(user, t), t.getVersion());
    }
}
