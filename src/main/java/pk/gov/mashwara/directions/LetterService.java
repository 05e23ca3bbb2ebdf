package pk.gov.mashwara.directions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directions.domain.Addressee;
import pk.gov.mashwara.directions.domain.AddresseeRepository;
import pk.gov.mashwara.directions.domain.Direction;
import pk.gov.mashwara.directions.domain.DirectionBody;
import pk.gov.mashwara.directions.domain.DirectionBodyRepository;
import pk.gov.mashwara.directions.domain.DirectionRepository;
import pk.gov.mashwara.directions.domain.Letter;
import pk.gov.mashwara.directions.domain.LetterEvent;
import pk.gov.mashwara.directions.domain.LetterEventRepository;
import pk.gov.mashwara.directions.domain.LetterRepository;
import pk.gov.mashwara.directions.domain.Receipt;
import pk.gov.mashwara.directions.domain.ReceiptRepository;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.AttachedFile;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.FileDownload;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.draft.StoredFiles;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.ForbiddenException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.text.FileTexts;

/**
 * Letters and their circulation: registering a letter with its directions, its file, the receipts offices record,
 * the letters forwarding it down the cascade, and the events its time lines wait for. A letter the user may not see
 * is "not found"; an act the user may not take on a letter they see is refused.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class LetterService {

    static final int MAX_REFERENCE = 120;
    static final int MAX_SUBJECT = 500;
    static final int MAX_BODY = 20_000;
    static final int MAX_NAME = 300;
    static final int MAX_LABEL = 16;
    static final int MAX_TEXT = 10_000;
    static final int MAX_TIMELINE_TEXT = 200;
    static final int MAX_ACTION_BY = 500;
    static final int MAX_DIARY = 100;
    /** What a forwarding letter says when its office writes nothing else. */
    public static final String FOR_COMPLIANCE = "Forwarded for information and compliance, please.";

    private final LetterRepository letters;
    private final AddresseeRepository addressees;
    private final ReceiptRepository receipts;
    private final DirectionRepository directions;
    private final DirectionBodyRepository bodies;
    private final LetterEventRepository events;
    private final Cascades cascades;
    private final CascadeViews views;
    private final DirectionAccess access;
    private final StoredFiles files;
    private final FileTexts fileTexts;
    private final People people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    LetterService(LetterRepository letters, AddresseeRepository addressees, ReceiptRepository receipts,
            DirectionRepository directions, DirectionBodyRepository bodies, LetterEventRepository events,
            Cascades cascades, CascadeViews views, DirectionAccess access, StoredFiles files, People people,
            CurrentUser currentUser, ApplicationEventPublisher publisher, Clock clock,
            FileTexts fileTexts) {
        this.fileTexts = fileTexts;
        this.letters = letters;
        this.addressees = addressees;
        this.receipts = receipts;
        this.directions = directions;
        this.bodies = bodies;
        this.events = events;
        this.cascades = cascades;
        this.views = views;
        this.access = access;
        this.files = files;
        this.people = people;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The letters the user sees, every letter of each cascade, newest first. */
    @Transactional(readOnly = true)
    public List<LetterSummary> letters() {
        var user = currentUser.require();
        var out = new ArrayList<LetterSummary>();
        for (var cascade : cascades.all()) {
            if (!access.seesLetters(user, cascade)) {
                continue;
            }
            var visible = views.visibleDirections(user, cascade);
            cascade.letters.values().forEach(letter -> out.add(views.summary(user, cascade, letter, visible)));
        }
        out.sort(Comparator.comparing(LetterSummary::date).thenComparing(LetterSummary::id).reversed());
        return out;
    }

    /** Whether the user may register a letter at all (the page offers the form only then): see {@link #register}. */
    @Transactional(readOnly = true)
    public boolean mayRegister() {
        var user = currentUser.require();
        return (user.has(pk.gov.mashwara.security.Role.PMO_MONITOR) && user.committeeId() != null)
                || (user.isNsmcwg() && user.has(pk.gov.mashwara.security.Role.NSMCWG_SECRETARY));
    }

    @Transactional(readOnly = true)
    public LetterDetails letter(long id) {
        var user = currentUser.require();
        var cascade = visible(user, id);
        return details(user, cascade, cascade.letters.get(id));
    }

    /**
     * Registers a letter with its addressees and directions, and its file if given. Only the issuing office's
     * monitor, or the NSMCWG's secretary for a letter received on paper, registers one.
     */
    public LetterDetails register(NewLetter letter, EvidenceFile file) {
        var user = currentUser.require();
        if (letter == null) {
            throw new InvalidInputException("error.directions.letter.missing");
        }
        var office = people.committeeById(letter.issuingOfficeId()).orElseThrow(() -> InvalidInputException
                .onField("issuingOffice", "error.directions.body.unknown", letter.issuingOfficeId()));
        if (!access.registers(user, office.id())) {
            throw new ForbiddenException("error.directions.letter.register.forbidden", office.code());
        }
        var reference = Checks.required(letter.reference(), "reference", MAX_REFERENCE);
        if (letters.existsByIssuingOfficeIdAndReference(office.id(), reference)) {
            throw new ConflictException("error.directions.letter.duplicate", reference, office.code());
        }
        var date = Checks.date(letter.date(), "date", views.today());
        if (letter.directions().isEmpty()) {
            throw InvalidInputException.onField("directions", "error.directions.letter.noDirections");
        }
        var saved = letters.save(new Letter(office.id(), reference, date,
                Checks.required(letter.subject(), "subject", MAX_SUBJECT),
                letter.classification() == null ? Classification.UNCLASSIFIED : letter.classification(),
                letter.priority() == null ? Priority.ROUTINE : letter.priority(), letter.socialMedia(), null,
                Checks.optional(letter.body(), "body", MAX_BODY), Checks.optional(letter.signedBy(), "signedBy", 200),
                user.getUsername(), clock.instant()));
        saveAddressees(saved.getId(), letter.addressees());
        var labels = new HashSet<String>();
        var position = 0;
        for (var direction : letter.directions()) {
            saveDirection(saved.getId(), ++position, direction, labels);
        }
        attach(saved, file);
        publisher.publishEvent(new DirectionsActed(clock.instant(), user.getUsername(),
                DirectionsActed.Act.LETTER_REGISTERED, saved.getId(), office.code() + " " + reference + " of " + date
                        + ": " + letter.directions().size() + " direction(s), " + letter.addressees().size()
                        + " addressee(s)" + (saved.getFileSha256() == null ? "" : ", file sha256 " + saved.getFileSha256())));
        letters.flush();
        return details(user, cascades.of(saved.getId()), saved);
    }

    /** The letter's file, for a user who sees the letter; audited. */
    @Transactional(readOnly = true)
    public FileDownload file(long letterId) {
        var user = currentUser.require();
        var letter = visible(user, letterId).letters.get(letterId);
        if (letter.getFileSha256() == null) {
            throw new NotFoundException("error.directions.letter.noFile", letter.getReference());
        }
        publisher.publishEvent(new DirectionsActed(clock.instant(), user.getUsername(),
                DirectionsActed.Act.LETTER_FILE_DOWNLOADED, letterId, "file " + letter.getFileName() + ", sha256 "
                        + letter.getFileSha256()));
        return files.open(new AttachedFile(letter.getFileName(), letter.getFileMediaType(), letter.getFileSize(),
                letter.getFileSha256()));
    }

    /** The user's office records its receipt of the letter, once, with its own diary number and date. */
    public ReceiptInfo recordReceipt(long letterId, NewReceipt receipt) {
        var user = currentUser.require();
        var cascade = visible(user, letterId);
        var letter = cascade.letters.get(letterId);
        var body = access.bodyOf(user).filter(b -> access.actsFor(user, b) && cascade.addressedTo(letterId, b))
                .orElseThrow(() -> new ForbiddenException("error.directions.receipt.notAddressed", letter.getReference()));
        if (receipt == null) {
            throw new InvalidInputException("error.directions.receipt.missing");
        }
        if (cascade.received(letterId, body)) {
            throw new ConflictException("error.directions.receipt.already", cascade.body(body).code(),
                    letter.getReference());
        }
        var diary = Checks.required(receipt.diaryNumber(), "diaryNumber", MAX_DIARY);
        var on = Checks.date(receipt.receivedOn(), "receivedOn", views.today());
        if (on.isBefore(letter.getLetterDate())) {
            throw InvalidInputException.onField("receivedOn", "error.directions.receipt.beforeLetter");
        }
        var saved = receipts.save(new Receipt(letterId, body, diary, on, user.getUsername(), clock.instant()));
        publisher.publishEvent(new DirectionsActed(clock.instant(), user.getUsername(),
                DirectionsActed.Act.LETTER_RECEIVED, letterId, cascade.body(body).code() + " received "
                        + letter.getReference() + ": diary " + diary + " of " + on));
        return new ReceiptInfo(letterId, cascade.body(body), diary, on, saved.getRecordedBy(), saved.getRecordedAt());
    }

    /**
     * The user's office forwards a letter it has received down the cascade: a new letter with its own number and
     * date, quoting the one before, to its addressees "for information and compliance". Its officer signs it.
     */
    public LetterDetails forward(long letterId, Forwarding forwarding) {
        var user = currentUser.require();
        var cascade = visible(user, letterId);
        var quoted = cascade.letters.get(letterId);
        var body = access.bodyOf(user).filter(b -> access.officerOf(user, b))
                .orElseThrow(() -> new ForbiddenException("error.directions.forward.forbidden"));
        if (!cascade.addressedTo(letterId, body)) {
            throw new ForbiddenException("error.directions.receipt.notAddressed", quoted.getReference());
        }
        if (!cascade.received(letterId, body)) {
            throw new InvalidInputException("error.directions.forward.notReceived", quoted.getReference());
        }
        if (forwarding == null) {
            throw new InvalidInputException("error.directions.letter.missing");
        }
        var reference = Checks.required(forwarding.reference(), "reference", MAX_REFERENCE);
        if (letters.existsByIssuingOfficeIdAndReference(body, reference)) {
            throw new ConflictException("error.directions.letter.duplicate", reference, cascade.body(body).code());
        }
        var date = Checks.date(forwarding.date(), "date", views.today());
        if (date.isBefore(quoted.getLetterDate())) {
            throw InvalidInputException.onField("date", "error.directions.forward.beforeQuoted");
        }
        if (forwarding.addressees().stream().noneMatch(a -> !a.copyOnly())) {
            throw InvalidInputException.onField("addressees", "error.directions.forward.noAddressee");
        }
        var text = Checks.optional(forwarding.body(), "body", MAX_BODY);
        var saved = letters.save(new Letter(body, reference, date, quoted.getSubject(), quoted.getClassification(),
                quoted.getPriority(), quoted.isSocialMedia(), quoted.getId(), text == null ? FOR_COMPLIANCE : text,
                Checks.optional(forwarding.signedBy(), "signedBy", 200), user.getUsername(), clock.instant()));
        saveAddressees(saved.getId(), forwarding.addressees());
        publisher.publishEvent(new DirectionsActed(clock.instant(), user.getUsername(),
                DirectionsActed.Act.LETTER_FORWARDED, saved.getId(), cascade.body(body).code() + " forwarded "
                        + quoted.getReference() + " as " + reference + " of " + date + " to "
                        + forwarding.addressees().size() + " addressee(s)"));
        letters.flush();
        return details(user, cascades.of(saved.getId()), saved);
    }

    /**
     * Records that an event the letter's time lines wait for has happened ("formation of NSMCWG"), once; the
     * directions waiting for it fall due from then.
     */
    public EventInfo recordEvent(long letterId, String name, LocalDate occurredOn) {
        var user = currentUser.require();
        var cascade = visible(user, letterId);
        if (!access.recordsEvents(user, cascade)) {
            throw new ForbiddenException("error.directions.event.forbidden");
        }
        var event = Checks.required(name, "event", Timeline.MAX_EVENT);
        var awaited = cascade.directions.stream().map(Direction::timeline)
                .filter(t -> t.kind() == TimelineKind.UPON_EVENT).map(Timeline::event)
                .filter(e -> DueDates.key(e).equals(DueDates.key(event))).findFirst()
                .orElseThrow(() -> InvalidInputException.onField("event", "error.directions.event.unknown", event));
        var on = Checks.date(occurredOn, "occurredOn", views.today());
        if (on.isBefore(cascade.root.getLetterDate())) {
            throw InvalidInputException.onField("occurredOn", "error.directions.event.beforeLetter");
        }
        if (events.findByLetterIdAndNameIgnoreCase(cascade.root.getId(), awaited).isPresent()) {
            throw new ConflictException("error.directions.event.already", awaited);
        }
        events.save(new LetterEvent(cascade.root.getId(), awaited, on, user.getUsername(), clock.instant()));
        publisher.publishEvent(new DirectionsActed(clock.instant(), user.getUsername(),
                DirectionsActed.Act.LETTER_EVENT_RECORDED, cascade.root.getId(), "event \"" + awaited + "\" on " + on));
        return new EventInfo(awaited, on, user.getUsername());
    }

    Cascade visible(MashwaraUser user, long letterId) {
        var cascade = cascades.of(letterId);
        if (!access.seesLetters(user, cascade)) {
            throw new NotFoundException("error.directions.letter.notFound", letterId);
        }
        return cascade;
    }

    private LetterDetails details(MashwaraUser user, Cascade cascade, Letter letter) {
        var visible = views.visibleDirections(user, cascade);
        var parent = letter.getParentLetterId() == null ? null : cascade.letters.get(letter.getParentLetterId());
        var file = letter.getFileSha256() == null ? null
                : new AttachedFile(letter.getFileName(), letter.getFileMediaType(), letter.getFileSize(),
                        letter.getFileSha256());
        var named = cascade.addressees.getOrDefault(letter.getId(), List.of()).stream()
                .map(a -> new AddresseeInfo(a.getCommitteeId() == null ? null : cascade.body(a.getCommitteeId()),
                        a.isAllBodies(), a.getName(), a.isCopyOnly()))
                .toList();
        var body = access.bodyOf(user);
        var canAcknowledge = body.filter(b -> access.actsFor(user, b) && cascade.addressedTo(letter.getId(), b)
                && !cascade.received(letter.getId(), b)).isPresent();
        var canForward = body.filter(b -> access.officerOf(user, b) && cascade.received(letter.getId(), b)).isPresent();
        return new LetterDetails(views.summary(user, cascade, letter, visible),
                parent == null ? null : views.summary(user, cascade, parent, visible), letter.getBody(),
                letter.getSignedBy(), file, letter.getRegisteredBy(), letter.getRegisteredAt(), named, visible,
                cascade.events.stream().map(e -> new EventInfo(e.getName(), e.getOccurredOn(), e.getRecordedBy()))
                        .toList(),
                views.node(user, cascade, cascade.root, visible), unacknowledged(cascade, letter), canAcknowledge,
                canForward, access.recordsEvents(user, cascade));
    }

    /** The bodies a letter is addressed to (not copied) that have not recorded its receipt. */
    static List<BodyRef> unacknowledged(Cascade cascade, Letter letter) {
        var out = new ArrayList<BodyRef>();
        for (var a : cascade.addressees.getOrDefault(letter.getId(), List.of())) {
            if (a.isCopyOnly() || a.getCommitteeId() == null) {
                continue;
            }
            if (!cascade.received(letter.getId(), a.getCommitteeId())) {
                out.add(cascade.body(a.getCommitteeId()));
            }
        }
        return out;
    }

    /** How a letter addresses every body of the directory. */
    static final String ALL_BODIES = "All Ministries/Divisions";

    private void saveAddressees(long letterId, List<NewAddressee> list) {
        var position = 0;
        for (var a : list) {
            if (a == null) {
                continue;
            }
            String name;
            if (a.bodyId() != null) {
                var committee = people.committeeById(a.bodyId()).orElseThrow(() -> InvalidInputException
                        .onField("addressees", "error.directions.body.unknown", a.bodyId()));
                name = a.name() == null || a.name().isBlank() ? committee.name()
                        : Checks.required(a.name(), "addressees", MAX_NAME);
            } else if (a.allBodies() && (a.name() == null || a.name().isBlank())) {
                // as letters write it; the form's "All Ministries/Divisions" box names no one
                name = ALL_BODIES;
            } else {
                name = Checks.required(a.name(), "addressees", MAX_NAME);
            }
            addressees.save(new Addressee(letterId, ++position, a.bodyId(), a.allBodies() && a.bodyId() == null, name,
                    a.copyOnly()));
        }
    }

    private void saveDirection(long letterId, int position, NewDirection d, java.util.Set<String> labels) {
        if (d == null) {
            throw InvalidInputException.onField("directions", "error.directions.letter.noDirections");
        }
        var label = Checks.required(d.label(), "label", MAX_LABEL);
        if (!labels.add(label.toUpperCase(Locale.ROOT))) {
            throw InvalidInputException.onField("label", "error.directions.direction.labelTwice", label);
        }
        if (d.timeline() == null) {
            throw InvalidInputException.onField("timeline", "error.directions.timeline.kind");
        }
        var timelineText = Checks.optional(d.timelineText(), "timelineText", MAX_TIMELINE_TEXT);
        var actionBy = Checks.optional(d.actionByText(), "actionBy", MAX_ACTION_BY);
        var direction = new Direction(letterId, position, label, Checks.required(d.text(), "text", MAX_TEXT),
                timelineText == null ? d.timeline().describe() : timelineText, d.timeline(),
                actionBy == null ? "—" : actionBy, d.allBodies());
        direction.linkDrafts(d.draftIds());
        direction.linkOthers(d.otherRefs().stream().map(r -> Checks.required(r, "otherRefs", 200)).toList());
        var saved = directions.save(direction);
        if (d.allBodies()) {
            return;
        }
        var seen = new HashSet<Long>();
        if (d.leadBodyId() != null) {
            body(saved.getId(), d.leadBodyId(), true, seen);
        } else if (!d.supporting().isEmpty()) {
            throw InvalidInputException.onField("lead", "error.directions.direction.noLead", label);
        }
        for (var supporting : d.supporting()) {
            body(saved.getId(), supporting, false, seen);
        }
    }

    private void body(long directionId, Long bodyId, boolean lead, java.util.Set<Long> seen) {
        if (bodyId == null || people.committeeById(bodyId).isEmpty()) {
            throw InvalidInputException.onField("actionBy", "error.directions.body.unknown", bodyId);
        }
        if (seen.add(bodyId)) {
            bodies.save(new DirectionBody(directionId, bodyId, lead));
        }
    }

    private void attach(Letter letter, EvidenceFile file) {
        if (file == null) {
            return;
        }
        try (var in = file.content().open()) {
            var stored = files.store(file.fileName(), in);
            letter.attachFile(stored.fileName(), stored.mediaType(), stored.sizeBytes(), stored.sha256());
            fileTexts.extract(stored.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the letter's file", e);
        }
    }
}
