package pk.gov.mashwara.datarequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.audit.AuditAction;
import pk.gov.mashwara.audit.RecordedAct;
import pk.gov.mashwara.calendar.WorkingCalendar;
import pk.gov.mashwara.datarequest.DataRequestViews.AnswerInfo;
import pk.gov.mashwara.datarequest.DataRequestViews.BodyDetails;
import pk.gov.mashwara.datarequest.DataRequestViews.BodyPendency;
import pk.gov.mashwara.datarequest.DataRequestViews.BodyStatus;
import pk.gov.mashwara.datarequest.DataRequestViews.DeskEntry;
import pk.gov.mashwara.datarequest.DataRequestViews.Details;
import pk.gov.mashwara.datarequest.DataRequestViews.FileInfo;
import pk.gov.mashwara.datarequest.DataRequestViews.Message;
import pk.gov.mashwara.datarequest.DataRequestViews.Summary;
import pk.gov.mashwara.datarequest.domain.AddressedBody;
import pk.gov.mashwara.datarequest.domain.AddressedBodyRepository;
import pk.gov.mashwara.datarequest.domain.Answer;
import pk.gov.mashwara.datarequest.domain.AnswerFile;
import pk.gov.mashwara.datarequest.domain.AnswerFileRepository;
import pk.gov.mashwara.datarequest.domain.AnswerRepository;
import pk.gov.mashwara.datarequest.domain.BodyMessage;
import pk.gov.mashwara.datarequest.domain.BodyMessageRepository;
import pk.gov.mashwara.datarequest.domain.DataRequest;
import pk.gov.mashwara.datarequest.domain.DataRequestRepository;
import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.AttachedFile;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.FileDownload;
import pk.gov.mashwara.draft.PortalFiles;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.ForbiddenException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.text.FileTexts;

/**
 * Data requests. Who may see a request: the NSMCWG, the auditor and the users of the bodies it is addressed to
 * (anyone else is told it is not found). Of a body's thread and answers: the NSMCWG, the auditor and the body; another
 * addressed body sees only the answers marked shareable. Who may act: the NSMCWG's secretary and focal person ask,
 * explain, escalate and remind; the body's officer acknowledges, delegates, asks for clarification, answers and
 * declines; the body's other users (the delegate among them) acknowledge, ask and answer. Every act is published for
 * the audit log and tells those who owe the next step.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class DataRequestService {

    static final int MAX_SUBJECT = 300;
    static final int MAX_TEXT = 20_000;
    static final int MAX_DAYS = 90;
    static final int MAX_FILES = 10;
    static final int MAX_DIRECTION_LETTER = 100;
    static final int MAX_DIRECTION_NUMBER = 16;

    private final DataRequestRepository requests;
    private final AddressedBodyRepository bodies;
    private final BodyMessageRepository messages;
    private final AnswerRepository answers;
    private final AnswerFileRepository files;
    private final PortalFiles store;
    private final FileTexts fileTexts;
    private final People people;
    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final DataRequestNotices notices;
    private final Clock clock;

    DataRequestService(DataRequestRepository requests, AddressedBodyRepository bodies, BodyMessageRepository messages,
            AnswerRepository answers, AnswerFileRepository files, PortalFiles store, People people,
            WorkingCalendar calendar, CurrentUser currentUser, ApplicationEventPublisher events,
            DataRequestNotices notices, Clock clock, FileTexts fileTexts) {
        this.fileTexts = fileTexts;
        this.requests = requests;
        this.bodies = bodies;
        this.messages = messages;
        this.answers = answers;
        this.files = files;
        this.store = store;
        this.people = people;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.events = events;
        this.notices = notices;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- asking

    /** Whether the signed-in user may ask for data (the NSMCWG's secretary or focal person). */
    @Transactional(readOnly = true)
    public boolean mayAsk() {
        return requester(currentUser.require());
    }

    /** The bodies a request may be addressed to: every active body of the directory but the NSMCWG. */
    @Transactional(readOnly = true)
    public List<CommitteeInfo> addressableBodies() {
        return people.committees().stream().filter(c -> c.active() && !c.isNsmcwg()).toList();
    }

    /** Asks the bodies; returns the new request's id. */
    public long create(NewDataRequest form) {
        var user = currentUser.require();
        if (!requester(user)) {
            throw new ForbiddenException("error.datarequest.notRequester");
        }
        if (form == null) {
            throw new InvalidInputException("error.datarequest.empty");
        }
        var subject = required(form.subject(), "subject", MAX_SUBJECT);
        var question = required(form.question(), "question", MAX_TEXT);
        var why = required(form.whyNeeded(), "whyNeeded", MAX_TEXT);
        if (form.formWanted() == null) {
            throw InvalidInputException.onField("formWanted", "error.datarequest.formWanted");
        }
        if (form.deadlineDays() < 1 || form.deadlineDays() > MAX_DAYS) {
            throw InvalidInputException.onField("deadlineDays", "error.datarequest.deadlineDays", MAX_DAYS);
        }
        var letter = optional(form.directionLetter(), "directionLetter", MAX_DIRECTION_LETTER);
        var number = optional(form.directionNumber(), "directionNumber", MAX_DIRECTION_NUMBER);
        if (form.bodies() == null || form.bodies().isEmpty()) {
            throw InvalidInputException.onField("bodies", "error.datarequest.bodies");
        }
        var addressed = new LinkedHashMap<Long, CommitteeInfo>();
        for (var code : new LinkedHashSet<>(form.bodies())) {
            var body = people.committeeByCode(code).filter(c -> c.active() && !c.isNsmcwg())
                    .orElseThrow(() -> InvalidInputException.onField("bodies", "error.datarequest.body", code));
            addressed.put(body.id(), body);
        }
        var now = clock.instant();
        var request = requests.save(new DataRequest(subject, question, why, form.formWanted(),
                form.classification() == null ? Classification.UNCLASSIFIED : form.classification(),
                form.priority() == null ? Priority.ROUTINE : form.priority(), form.deadlineDays(),
                calendar.dueAt(now, form.deadlineDays()), letter, number, user.getUsername(), now));
        for (var body : addressed.values()) {
            bodies.save(new AddressedBody(request.getId(), body.id(), now));
        }
        var codes = addressed.values().stream().map(CommitteeInfo::code).collect(Collectors.joining(", "));
        acted(request.getId(), "CREATED", null, user, now, "asked " + codes + ": " + subject + "; form "
                + form.formWanted() + ", " + request.getClassification() + ", " + request.getPriority() + ", due "
                + request.getDueAt() + " (" + form.deadlineDays() + " working days)"
                + (letter == null ? "" : "; direction " + number + " of " + letter));
        for (var body : addressed.values()) {
            notices.asked(request, body.id(), user);
        }
        return request.getId();
    }

    // ---------------------------------------------------------------- reading

    /**
     * The requests the user may see, newest first, optionally only those addressed to one body ({@code bodyCode})
     * or with a body in one state ({@code state}; {@code OVERDUE} for those overdue).
     */
    @Transactional(readOnly = true)
    public List<Summary> list(String bodyCode, String state) {
        var user = currentUser.require();
        Long bodyFilter = null;
        if (bodyCode != null && !bodyCode.isBlank()) {
            bodyFilter = people.committeeByCode(bodyCode).map(CommitteeInfo::id)
                    .orElseThrow(() -> InvalidInputException.onField("body", "error.datarequest.body", bodyCode));
        }
        boolean overdueOnly = false;
        BodyState stateFilter = null;
        if (state != null && !state.isBlank()) {
            var name = state.strip().toUpperCase(Locale.ROOT);
            if (name.equals("OVERDUE")) {
                overdueOnly = true;
            } else {
                try {
                    stateFilter = BodyState.valueOf(name);
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.onField("status", "error.datarequest.state", state);
                }
            }
        }
        List<DataRequest> found;
        if (seesAll(user)) {
            found = requests.findAllByOrderByCreatedAtDesc();
        } else if (user.committeeId() != null && isBodyUser(user)) {
            found = requests.findAddressedTo(user.committeeId());
        } else {
            found = List.of();
        }
        if (found.isEmpty()) {
            return List.of();
        }
        var byRequest = bodies.findByRequestIdIn(found.stream().map(DataRequest::getId).toList()).stream()
                .collect(Collectors.groupingBy(AddressedBody::getRequestId));
        var committees = committees();
        var now = clock.instant();
        var result = new ArrayList<Summary>();
        for (var request : found) {
            var own = byRequest.getOrDefault(request.getId(), List.of()).stream()
                    .sorted(Comparator.comparing(AddressedBody::getId)).toList();
            var statuses = own.stream().map(b -> status(request, b, committees, now)).toList();
            final Long filter = bodyFilter;
            final BodyState wanted = stateFilter;
            final boolean late = overdueOnly;
            var matching = statuses.stream().filter(s -> filter == null || s.committeeId() == filter)
                    .filter(s -> wanted == null || s.state() == wanted).filter(s -> !late || s.overdue()).toList();
            if (matching.isEmpty()) {
                continue;
            }
            result.add(new Summary(request.getId(), DataRequestViews.reference(request.getId()), request.getSubject(),
                    request.getFormWanted(), request.getPriority(), request.getClassification(),
                    request.getCreatedAt(), request.getDueAt(), request.getDirectionLetter(),
                    request.getDirectionNumber(), statuses));
        }
        return result;
    }

    /** One request with what the user may see of each body and what they may do. */
    @Transactional(readOnly = true)
    public Details get(long id) {
        var user = currentUser.require();
        var request = visible(id, user);
        var committees = committees();
        var now = clock.instant();
        var result = new ArrayList<BodyDetails>();
        for (var body : bodies.findByRequestIdOrderById(id)) {
            var status = status(request, body, committees, now);
            boolean full = seesBody(user, body);
            var thread = full ? messages.findByBodyIdOrderByWrittenAtAscIdAsc(body.getId()).stream()
                    .map(m -> new Message(m.getId(), m.getKind().name(), m.getText(), m.getAuthor(), m.getWrittenAt()))
                    .toList() : List.<Message>of();
            var shown = answers.findByBodyIdOrderByNumber(body.getId()).stream()
                    .filter(a -> full || a.isShareable()).toList();
            var attached = shown.isEmpty() ? List.<AnswerFile>of()
                    : files.findByAnswerIdInOrderById(shown.stream().map(Answer::getId).toList());
            var byAnswer = attached.stream().collect(Collectors.groupingBy(AnswerFile::getAnswerId));
            var infos = shown.stream().map(a -> new AnswerInfo(a.getId(), a.getNumber(), a.getText(), a.isPartial(),
                    a.getRestDue(), a.isShareable(), a.getAnsweredBy(), a.getAnsweredAt(),
                    byAnswer.getOrDefault(a.getId(), List.of()).stream().map(DataRequestService::info).toList()))
                    .toList();
            result.add(new BodyDetails(status, full ? body.getAcknowledgedBy() : null,
                    full ? body.getAcknowledgedAt() : null, full ? body.getDelegatedTo() : null,
                    full ? body.getDeclineReason() : null, body.getEscalatedAt(), full ? body.getEscalatedBy() : null,
                    thread, infos, acts(user, body)));
        }
        return new Details(request.getId(), DataRequestViews.reference(request.getId()), request.getSubject(),
                request.getQuestion(), request.getWhyNeeded(), request.getFormWanted(), request.getPriority(),
                request.getClassification(), request.getDeadlineDays(), request.getDueAt(),
                request.getDirectionLetter(), request.getDirectionNumber(), request.getCreatedBy(),
                request.getCreatedAt(), result);
    }

    /** The other users of the signed-in officer's body, to whom a request may be delegated; empty for others. */
    @Transactional(readOnly = true)
    public List<pk.gov.mashwara.directory.UserInfo> colleagues() {
        var user = currentUser.require();
        if (!user.has(Role.COMMITTEE_OFFICER) || user.committeeId() == null) {
            return List.of();
        }
        return people.membersOf(user.committeeId()).stream().filter(u -> !u.username().equals(user.getUsername()))
                .toList();
    }

    /** A person as a reader meets them: name and office, in the language given. */
    @Transactional(readOnly = true)
    public String person(String username, Locale locale) {
        currentUser.require();
        return people.nameAndOffice(username, locale);
    }

    // ---------------------------------------------------------------- the body's acts

    public void acknowledge(long id, String bodyCode) {
        var user = currentUser.require();
        var request = visible(id, user);
        var body = body(request, bodyCode);
        require(user, body, Act.ACKNOWLEDGE);
        if (body.getState() != BodyState.ASKED) {
            throw new ConflictException("error.datarequest.notAsked", stateName(body));
        }
        var now = clock.instant();
        body.acknowledged(user.getUsername(), now);
        body.moveTo(BodyState.ACKNOWLEDGED, now);
        acted(id, "ACKNOWLEDGED", code(body), user, now, null);
        notices.toRequester(request, body, user, "ACKNOWLEDGED");
    }

    /**
     * A message on a body's thread: from the body, a question (the body then waits for the answer); from the
     * requester, the clarification (the body may answer again).
     */
    public void clarify(long id, String bodyCode, String text) {
        var user = currentUser.require();
        var request = visible(id, user);
        var body = body(request, bodyCode);
        var message = required(text, "text", MAX_TEXT);
        var now = clock.instant();
        if (actsForBody(user, body)) {
            require(user, body, Act.ASK_CLARIFICATION);
            messages.save(new BodyMessage(body.getId(), BodyMessage.Kind.CLARIFICATION_ASKED, message,
                    user.getUsername(), now));
            body.acknowledged(user.getUsername(), now);
            body.moveTo(BodyState.CLARIFICATION_ASKED, now);
            acted(id, "CLARIFICATION_ASKED", code(body), user, now, excerpt(message));
            notices.toRequester(request, body, user, "CLARIFICATION_ASKED");
        } else {
            require(user, body, Act.GIVE_CLARIFICATION);
            messages.save(new BodyMessage(body.getId(), BodyMessage.Kind.CLARIFICATION_GIVEN, message,
                    user.getUsername(), now));
            if (body.getState() == BodyState.CLARIFICATION_ASKED) {
                body.moveTo(BodyState.ACKNOWLEDGED, now);
            }
            acted(id, "CLARIFICATION_GIVEN", code(body), user, now, excerpt(message));
            notices.toBody(request, body, user, "CLARIFICATION_GIVEN");
        }
    }

    /** The body's officer hands the request to a user of the same body, who then sees it on their desk. */
    public void delegate(long id, String bodyCode, String username) {
        var user = currentUser.require();
        var request = visible(id, user);
        var body = body(request, bodyCode);
        require(user, body, Act.DELEGATE);
        var delegate = people.byUsername(username).filter(u -> u.enabled() && u.committeeId() != null
                && u.committeeId() == body.getCommitteeId()).orElseThrow(
                        () -> InvalidInputException.onField("username", "error.datarequest.delegate", username));
        var now = clock.instant();
        body.delegateTo(delegate.username());
        body.acknowledged(user.getUsername(), now);
        if (body.getState() == BodyState.ASKED) {
            body.moveTo(BodyState.ACKNOWLEDGED, now);
        }
        messages.save(new BodyMessage(body.getId(), BodyMessage.Kind.DELEGATED, delegate.username(),
                user.getUsername(), now));
        acted(id, "DELEGATED", code(body), user, now, "to " + delegate.username());
        notices.toUser(request, delegate.id(), user, "DELEGATED");
    }

    /**
     * An answer of the body: text, files (each kept byte for byte under its SHA-256, its type detected; a refused
     * file refuses the whole answer and nothing is kept), partial with the date for the rest, shareable or not.
     */
    public AnswerInfo answer(long id, String bodyCode, String text, boolean partial, LocalDate restDue,
            boolean shareable, List<AnswerUpload> uploads) {
        var user = currentUser.require();
        var request = visible(id, user);
        var body = body(request, bodyCode);
        require(user, body, Act.ANSWER);
        var words = required(text, "text", MAX_TEXT);
        var sent = uploads == null ? List.<AnswerUpload>of() : uploads;
        if (sent.size() > MAX_FILES) {
            throw InvalidInputException.onField("files", "error.datarequest.tooManyFiles", MAX_FILES);
        }
        var today = clock.instant().atZone(WorkingCalendar.OFFICE_ZONE).toLocalDate();
        if (partial && (restDue == null || !restDue.isAfter(today))) {
            throw InvalidInputException.onField("restDue", "error.datarequest.restDue");
        }
        if (!partial && restDue != null) {
            throw InvalidInputException.onField("restDue", "error.datarequest.restDueWhole");
        }
        var stored = new ArrayList<AttachedFile>();
        for (var upload : sent) {
            if (upload.fileName() == null || upload.fileName().isBlank()) {
                throw InvalidInputException.onField("files", "error.datarequest.fileName");
            }
            try (var in = upload.content().open()) {
                stored.add(store.store(upload.fileName(), in));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the answer's file", e);
            }
        }
        var now = clock.instant();
        var number = (int) answers.countByBodyId(body.getId()) + 1;
        var saved = answers.save(new Answer(body.getId(), number, words, partial, partial ? restDue : null, shareable,
                user.getUsername(), now));
        var infos = new ArrayList<FileInfo>();
        for (var file : stored) {
            var row = files.save(new AnswerFile(saved.getId(), file.fileName(), file.mediaType(), file.sizeBytes(),
                    file.sha256(), user.getUsername(), now));
            infos.add(info(row));
            fileTexts.extract(row.getSha256());
        }
        body.acknowledged(user.getUsername(), now);
        body.restDue(partial ? restDue : null);
        body.moveTo(partial ? BodyState.PARTLY_ANSWERED : BodyState.ANSWERED, now);
        acted(id, partial ? "PARTLY_ANSWERED" : "ANSWERED", code(body), user, now, "answer " + number
                + (partial ? ", the rest by " + restDue : "") + (shareable ? ", shareable" : "") + "; "
                + stored.stream().map(f -> f.fileName() + " (" + f.mediaType() + ", " + f.sizeBytes() + " bytes, sha256 "
                        + f.sha256() + ")").collect(Collectors.joining(", ")));
        notices.toRequester(request, body, user, partial ? "PARTLY_ANSWERED" : "ANSWERED");
        return new AnswerInfo(saved.getId(), number, words, partial, saved.getRestDue(), shareable,
                user.getUsername(), now, infos);
    }

    /** The body's officer declines, citing the reason (e.g. the law that forbids sharing). */
    public void decline(long id, String bodyCode, String reason) {
        var user = currentUser.require();
        var request = visible(id, user);
        var body = body(request, bodyCode);
        require(user, body, Act.DECLINE);
        var why = required(reason, "reason", MAX_TEXT);
        var now = clock.instant();
        body.acknowledged(user.getUsername(), now);
        body.declined(why);
        body.moveTo(BodyState.DECLINED, now);
        acted(id, "DECLINED", code(body), user, now, excerpt(why));
        notices.toRequester(request, body, user, "DECLINED");
    }

    // ---------------------------------------------------------------- the NSMCWG's acts

    /** The NSMCWG escalates a refusal: the body is asked again, with the note on its thread. */
    public void escalate(long id, String bodyCode, String note) {
        var user = currentUser.require();
        var request = visible(id, user);
        var body = body(request, bodyCode);
        require(user, body, Act.ESCALATE);
        var text = required(note, "note", MAX_TEXT);
        var now = clock.instant();
        body.escalated(user.getUsername(), now);
        messages.save(new BodyMessage(body.getId(), BodyMessage.Kind.ESCALATED, text, user.getUsername(), now));
        body.moveTo(BodyState.ACKNOWLEDGED, now);
        acted(id, "ESCALATED", code(body), user, now, excerpt(text));
        notices.toBody(request, body, user, "ESCALATED");
    }

    /** Reminds the body's officers now (besides the reminders of overdue requests sent by themselves). */
    public void remind(long id, String bodyCode) {
        var user = currentUser.require();
        var request = visible(id, user);
        var body = body(request, bodyCode);
        require(user, body, Act.REMIND);
        var now = clock.instant();
        body.reminded(now);
        acted(id, "REMINDED", code(body), user, now, "reminded by the NSMCWG");
        notices.toBody(request, body, user, "REMINDED");
    }

    // ---------------------------------------------------------------- files

    /** A file of an answer the user may see; the download is recorded in the audit log. */
    public FileDownload download(long id, long fileId) {
        var user = currentUser.require();
        var file = visibleFile(id, fileId, user);
        acted(id, "FILE_DOWNLOADED", null, user, clock.instant(), "file " + file.getFileName() + ", sha256 "
                + file.getSha256());
        return open(file);
    }

    /** The first rows of a tabular file of an answer the user may see (CSV or XLSX), sheet by sheet. */
    @Transactional(readOnly = true)
    public TablePreview preview(long id, long fileId) {
        var user = currentUser.require();
        var file = visibleFile(id, fileId, user);
        return TablePreviews.read(open(file));
    }

    private FileDownload open(AnswerFile file) {
        return store.open(new AttachedFile(file.getFileName(), file.getMediaType(), file.getSizeBytes(),
                file.getSha256()));
    }

    private AnswerFile visibleFile(long id, long fileId, MashwaraUser user) {
        var request = visible(id, user);
        var file = files.findById(fileId).orElseThrow(() -> new NotFoundException("error.datarequest.fileNotFound", fileId));
        for (var body : bodies.findByRequestIdOrderById(request.getId())) {
            for (var a : answers.findByBodyIdOrderByNumber(body.getId())) {
                if (a.getId() == file.getAnswerId() && (seesBody(user, body) || a.isShareable())) {
                    return file;
                }
            }
        }
        throw new NotFoundException("error.datarequest.fileNotFound", fileId);
    }

    // ---------------------------------------------------------------- pendency and desk

    /** Each body's requests by where they stand: every body for the NSMCWG and the auditor, one's own otherwise. */
    @Transactional(readOnly = true)
    public List<BodyPendency> pendencyByBody() {
        var user = currentUser.require();
        var all = bodies.findAll();
        var committees = committees();
        var requestsById = new HashMap<Long, DataRequest>();
        var now = clock.instant();
        var counts = new LinkedHashMap<Long, int[]>();
        for (var body : all) {
            if (!seesAll(user) && !(isBodyUser(user) && user.committeeId() != null
                    && user.committeeId() == body.getCommitteeId())) {
                continue;
            }
            var request = requestsById.computeIfAbsent(body.getRequestId(), rid -> requests.findById(rid).orElseThrow());
            var c = counts.computeIfAbsent(body.getCommitteeId(), k -> new int[7]);
            c[body.getState().ordinal()]++;
            if (overdue(request, body, now)) {
                c[6]++;
            }
        }
        return counts.entrySet().stream().map(e -> {
            var committee = committees.get(e.getKey());
            var c = e.getValue();
            return new BodyPendency(e.getKey(), committee.code(), committee.name(), committee.nameUr(), c[0], c[1], c[2],
                    c[4], c[3], c[5], c[6]);
        }).sorted(Comparator.comparingInt(BodyPendency::overdue).reversed().thenComparing(BodyPendency::code)).toList();
    }

    /**
     * What waits for the user: for a body's users, the open requests of their body (for the delegate among them,
     * first); for the requester, bodies that answered, declined or asked for clarification on their requests.
     */
    @Transactional(readOnly = true)
    public List<DeskEntry> desk() {
        var user = currentUser.require();
        var now = clock.instant();
        var result = new ArrayList<DeskEntry>();
        if (isBodyUser(user) && user.committeeId() != null) {
            for (var request : requests.findAddressedTo(user.committeeId())) {
                var body = bodies.findByRequestIdAndCommitteeId(request.getId(), user.committeeId()).orElseThrow();
                boolean mine = user.has(Role.COMMITTEE_OFFICER) || user.getUsername().equals(body.getDelegatedTo())
                        || body.getDelegatedTo() == null;
                if (mine && body.getState().open() && body.getState() != BodyState.CLARIFICATION_ASKED) {
                    result.add(entry(request, body, now, false));
                }
            }
        }
        if (requester(user)) {
            for (var request : requests.findAllByOrderByCreatedAtDesc()) {
                if (!request.getCreatedBy().equals(user.getUsername())) {
                    continue;
                }
                for (var body : bodies.findByRequestIdOrderById(request.getId())) {
                    var state = body.getState();
                    boolean news = state == BodyState.CLARIFICATION_ASKED
                            || state == BodyState.DECLINED && body.getEscalatedAt() == null
                            || (state == BodyState.ANSWERED || state == BodyState.PARTLY_ANSWERED)
                                    && body.getStateSince().isAfter(now.minus(java.time.Duration.ofDays(14)));
                    if (news || overdue(request, body, now)) {
                        result.add(entry(request, body, now, true));
                    }
                }
            }
        }
        result.sort(Comparator.comparing(DeskEntry::overdue).reversed().thenComparing(DeskEntry::dueAt));
        return result;
    }

    private DeskEntry entry(DataRequest request, AddressedBody body, Instant now, boolean forRequester) {
        return new DeskEntry(request.getId(), DataRequestViews.reference(request.getId()), request.getSubject(),
                code(body), body.getState(), request.getDueAt(), overdue(request, body, now), request.getPriority(),
                forRequester);
    }

    // ---------------------------------------------------------------- rules

    /** The acts the user may take on the body now. */
    Set<Act> acts(MashwaraUser user, AddressedBody body) {
        var acts = EnumSet.noneOf(Act.class);
        var state = body.getState();
        if (actsForBody(user, body)) {
            boolean officer = user.has(Role.COMMITTEE_OFFICER);
            if (state == BodyState.ASKED) {
                acts.add(Act.ACKNOWLEDGE);
            }
            if (state.open()) {
                acts.add(Act.ASK_CLARIFICATION);
                acts.add(Act.ANSWER);
                if (officer) {
                    acts.add(Act.DELEGATE);
                    acts.add(Act.DECLINE);
                }
            }
        }
        if (requester(user)) {
            if (state == BodyState.CLARIFICATION_ASKED || state.open()) {
                acts.add(Act.GIVE_CLARIFICATION);
            }
            if (state == BodyState.DECLINED) {
                acts.add(Act.ESCALATE);
            }
            if (state.open()) {
                acts.add(Act.REMIND);
            }
        }
        return acts;
    }

    private void require(MashwaraUser user, AddressedBody body, Act act) {
        if (acts(user, body).contains(act)) {
            return;
        }
        boolean mayEver = switch (act) {
            case ACKNOWLEDGE, ASK_CLARIFICATION, ANSWER -> actsForBody(user, body);
            case DELEGATE, DECLINE -> actsForBody(user, body) && user.has(Role.COMMITTEE_OFFICER);
            case GIVE_CLARIFICATION, ESCALATE, REMIND -> requester(user);
        };
        if (!mayEver) {
            throw new ForbiddenException("error.datarequest.act.forbidden." + act.name());
        }
        throw new ConflictException("error.datarequest.act.state", stateName(body));
    }

    /** The request if the user may see it; otherwise it is not found, as one that does not exist. */
    private DataRequest visible(long id, MashwaraUser user) {
        var request = requests.findById(id).orElseThrow(() -> new NotFoundException("error.datarequest.notFound", id));
        if (seesRequest(user, bodies.findByRequestIdOrderById(id))) {
            return request;
        }
        throw new NotFoundException("error.datarequest.notFound", id);
    }

    /**
     * Whether the user sees a request addressed to these bodies: the NSMCWG and the auditor see every request, a
     * body's drafters and officers those addressed to their body (the search asks the same).
     */
    static boolean seesRequest(MashwaraUser user, List<AddressedBody> addressed) {
        return seesAll(user) || isBodyUser(user) && user.committeeId() != null
                && addressed.stream().anyMatch(b -> b.getCommitteeId() == user.committeeId());
    }

    /** Whether the user reads the answer: the request seen, and the body's answers in full or this one shared. */
    static boolean readsAnswer(MashwaraUser user, List<AddressedBody> addressed, AddressedBody body, Answer answer) {
        return seesRequest(user, addressed) && (seesBody(user, body) || answer.isShareable());
    }

    /** The addressed body of the request with that code; a body not asked is not found. */
    private AddressedBody body(DataRequest request, String bodyCode) {
        var committee = people.committeeByCode(bodyCode)
                .orElseThrow(() -> new NotFoundException("error.datarequest.bodyNotAsked", bodyCode));
        return bodies.findByRequestIdAndCommitteeId(request.getId(), committee.id())
                .orElseThrow(() -> new NotFoundException("error.datarequest.bodyNotAsked", bodyCode));
    }

    static boolean seesAll(MashwaraUser user) {
        return user.isNsmcwg() && user.hasAny(Role.NSMCWG_MEMBER, Role.NSMCWG_SECRETARY, Role.FOCAL_PERSON)
                || user.has(Role.AUDITOR);
    }

    static boolean isBodyUser(MashwaraUser user) {
        return user.hasAny(Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER);
    }

    private static boolean requester(MashwaraUser user) {
        return user.isNsmcwg() && user.hasAny(Role.NSMCWG_SECRETARY, Role.FOCAL_PERSON);
    }

    private static boolean actsForBody(MashwaraUser user, AddressedBody body) {
        return user.actsFor(body.getCommitteeId());
    }

    /** Whether the user sees the body's thread and all its answers. */
    static boolean seesBody(MashwaraUser user, AddressedBody body) {
        return seesAll(user) || actsForBody(user, body);
    }

    /** Whether the body owes something past its date: the answer past the deadline, or the rest past its date. */
    static boolean overdue(DataRequest request, AddressedBody body, Instant now) {
        if (!body.getState().open()) {
            return false;
        }
        if (body.getState() == BodyState.PARTLY_ANSWERED && body.getRestDue() != null) {
            return now.isAfter(body.getRestDue().atTime(WorkingCalendar.CLOSE_OF_DAY)
                    .atZone(WorkingCalendar.OFFICE_ZONE).toInstant());
        }
        return now.isAfter(request.getDueAt());
    }

    private BodyStatus status(DataRequest request, AddressedBody body, Map<Long, CommitteeInfo> committees,
            Instant now) {
        var committee = committees.get(body.getCommitteeId());
        return new BodyStatus(body.getCommitteeId(), committee.code(), committee.name(), committee.nameUr(),
                body.getState(), body.getStateSince(), overdue(request, body, now), body.getRestDue(),
                body.getEscalatedAt() != null);
    }

    private Map<Long, CommitteeInfo> committees() {
        return people.committees().stream().collect(Collectors.toMap(CommitteeInfo::id, Function.identity()));
    }

    private String code(AddressedBody body) {
        return people.committeeById(body.getCommitteeId()).map(CommitteeInfo::code).orElse("?");
    }

    private static String stateName(AddressedBody body) {
        return body.getState().name();
    }

    private static FileInfo info(AnswerFile f) {
        return new FileInfo(f.getId(), f.getFileName(), f.getMediaType(), f.getSizeBytes(), f.getSha256());
    }

    private void acted(long requestId, String act, String bodyCode, MashwaraUser user, Instant now, String detail) {
        events.publishEvent(audited(requestId, act, bodyCode, user.getUsername(), now, detail));
    }

    /** The audit log's entry of an act: {@code ANSWERED (MOIT): answer 1, …}; a download has its own action. */
    static RecordedAct audited(long requestId, String act, String bodyCode, String actor, Instant now, String detail) {
        var download = "FILE_DOWNLOADED".equals(act);
        var text = download ? detail
                : act + (bodyCode == null ? "" : " (" + bodyCode + ")") + (detail == null ? "" : ": " + detail);
        return new RecordedAct(now, actor, download ? AuditAction.DATA_REQUEST_FILE_DOWNLOADED
                : AuditAction.DATA_REQUEST_ACTION, TARGET, Long.toString(requestId), text);
    }

    /** The audit log's name for a data request as the target of an entry. */
    public static final String TARGET = "DATA_REQUEST";

    private static String excerpt(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.onField(field, "error.datarequest.required." + field);
        }
        var text = value.strip();
        if (text.length() > max) {
            throw InvalidInputException.onField(field, "error.datarequest.tooLong", max);
        }
        return text;
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        if (text.length() > max) {
            throw InvalidInputException.onField(field, "error.datarequest.tooLong", max);
        }
        return text;
    }
}
