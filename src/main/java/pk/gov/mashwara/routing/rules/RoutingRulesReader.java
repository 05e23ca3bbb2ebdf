package pk.gov.mashwara.routing.rules;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.routing.InvalidRoutingRulesException;
import pk.gov.mashwara.routing.RoutingRules;
import pk.gov.mashwara.routing.RoutingRules.ActionRule;
import pk.gov.mashwara.routing.RoutingRules.Actor;
import pk.gov.mashwara.routing.RoutingRules.Ask;
import pk.gov.mashwara.routing.RoutingRules.Condition;
import pk.gov.mashwara.routing.RoutingRules.ConsultationRule;
import pk.gov.mashwara.routing.RoutingRules.Effect;
import pk.gov.mashwara.routing.RoutingRules.Guard;
import pk.gov.mashwara.routing.RoutingRules.OwnCase;
import pk.gov.mashwara.routing.RoutingRules.Relation;
import pk.gov.mashwara.routing.RoutingRules.StateRule;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConfigYaml;
import pk.gov.mashwara.shared.ConfigYaml.Key;

/**
 * Reads the routing rules from YAML and checks them: every name against the portal's vocabulary, every state
 * declared, every state reachable from {@code DRAFT} and able to move on unless final, every kind of instrument
 * given its consultations. Every problem found is reported with its line, all at once, so that one start-up
 * shows everything to fix.
 */
public final class RoutingRulesReader {

    private static final Pattern ACTION_NAME = Pattern.compile("[a-z][a-z-]*[a-z]");
    private static final Pattern COMMITTEE_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<Role> ACTING_ROLES = Set.of(Role.COMMITTEE_DRAFTER, Role.COMMITTEE_OFFICER,
            Role.NSMCWG_MEMBER, Role.NSMCWG_SECRETARY, Role.FOCAL_PERSON);

    private final String source;
    private final ConfigYaml yaml = new ConfigYaml();
    /** The actions that name {@code put-up} in their {@code not-by}, with where, to check that the action exists. */
    private final Map<String, Node> putUpNamedAt = new LinkedHashMap<>();

    private RoutingRulesReader(String source) {
        this.source = source;
    }

    /**
     * The rules in {@code yaml}, read from {@code source} (named in messages).
     *
     * @throws InvalidRoutingRulesException naming every problem with its line
     */
    public static RoutingRules read(String yaml, String source) {
        return new RoutingRulesReader(source).parse(yaml);
    }

    private RoutingRules parse(String text) {
        var root = yaml.compose(text).orElse(null);
        if (yaml.hasProblems()) {
            throw new InvalidRoutingRulesException(source, yaml.problems());
        }
        if (!(root instanceof MappingNode top)) {
            throw new InvalidRoutingRulesException(source, List.of("line 1: the file must be a mapping with "
                    + "'states', 'actions', 'consultations' and 'reminders'"));
        }
        var sections = named(top, "the file", Set.of("states", "actions", "consultations", "reminders", "priorities"));
        var states = states(require(sections, "states", top));
        var actions = actions(require(sections, "actions", top));
        // 'not-by: [put-up]' means whoever took the action put-up: a rule book without it names nobody
        putUpNamedAt.forEach((name, at) -> {
            if (!actions.containsKey("put-up")) {
                problem(at, "action " + name + ": 'not-by' names put-up, but there is no action 'put-up'");
            }
        });
        var consultations = consultations(require(sections, "consultations", top));
        var reminders = reminders(require(sections, "reminders", top));
        var priorities = priorities(sections.entrySet().stream().filter(e -> e.getKey().value().equals("priorities"))
                .map(Map.Entry::getValue).findFirst().orElse(null));
        if (!yaml.hasProblems()) {
            checkPaths(states, actions);
            checkCalendar(states, consultations, priorities);
        }
        if (yaml.hasProblems()) {
            throw new InvalidRoutingRulesException(source, yaml.problems());
        }
        return new RoutingRules(source, states, actions, consultations, reminders, priorities);
    }

    // ---- sections ----------------------------------------------------------------------------------------

    private Map<DraftStatus, StateRule> states(Node node) {
        var states = new EnumMap<DraftStatus, StateRule>(DraftStatus.class);
        if (node == null) {
            return states;
        }
        for (var entry : named(node, "states", null).entrySet()) {
            var key = entry.getKey();
            var status = enumValue(DraftStatus.class, key.value(), key.node(), "state");
            if (status == null) {
                continue;
            }
            var fields = fields(entry.getValue(), "state " + key.value(), Set.of("title", "waits-for", "deadline", "final"));
            var title = text(fields, "title", entry.getValue(), "state " + key.value(), true);
            var isFinal = bool(fields.get("final"), "state " + key.value(), "final", false);
            var waits = fields.containsKey("waits-for") ? actor(fields.get("waits-for"), "state " + key.value()) : null;
            if (!isFinal && !fields.containsKey("waits-for")) {
                problem(entry.getValue(), "state " + key.value() + ": 'waits-for' is required (who acts next), "
                        + "unless the state is 'final: true'");
            }
            if (isFinal && fields.containsKey("waits-for")) {
                problem(fields.get("waits-for"), "state " + key.value() + " is final: nobody acts on it, so it has no 'waits-for'");
            }
            var deadline = fields.containsKey("deadline") ? period(fields.get("deadline"), "state " + key.value()) : null;
            states.put(status, new StateRule(status, title, waits, deadline, isFinal, line(key.node())));
        }
        for (var status : DraftStatus.values()) {
            if (!states.containsKey(status)) {
                problem(node, "state " + status + " is missing: every state of a draft must be declared");
            }
        }
        return states;
    }

    private Map<String, ActionRule> actions(Node node) {
        var actions = new LinkedHashMap<String, ActionRule>();
        if (node == null) {
            return actions;
        }
        for (var entry : named(node, "actions", null).entrySet()) {
            var name = entry.getKey().value();
            var what = "action " + name;
            if (!ACTION_NAME.matcher(name).matches()) {
                problem(entry.getKey().node(), what + ": an action's name is lower-case words joined by '-', e.g. 'put-up'");
            }
            var fields = fields(entry.getValue(), what,
                    Set.of("title", "from", "to", "by", "guards", "asks", "effects", "confirm", "not-by", "kinds"));
            var title = text(fields, "title", entry.getValue(), what, true);
            var from = new LinkedHashSet<DraftStatus>();
            var fromNode = fields.get("from");
            if (fromNode == null) {
                problem(entry.getValue(), what + ": 'from' (the states it may be taken in) is required");
            } else {
                for (var item : list(fromNode, what + " 'from'")) {
                    var status = enumValue(DraftStatus.class, scalar(item, what + " 'from'"), item, "state");
                    if (status != null && !from.add(status)) {
                        problem(item, what + ": state " + status + " is listed twice in 'from'");
                    }
                }
                if (from.isEmpty() && fromNode instanceof SequenceNode) {
                    problem(fromNode, what + ": 'from' lists no state");
                }
            }
            DraftStatus to = null;
            if (!fields.containsKey("to")) {
                problem(entry.getValue(), what + ": 'to' (the state it leads to) is required");
            } else {
                to = enumValue(DraftStatus.class, scalar(fields.get("to"), what + " 'to'"), fields.get("to"), "state");
            }
            var by = new ArrayList<Actor>();
            var byNode = fields.get("by");
            if (byNode == null) {
                problem(entry.getValue(), what + ": 'by' (who may take it) is required");
            } else if (byNode instanceof SequenceNode sequence) {
                for (var item : sequence.getValue()) {
                    var actor = actor(item, what);
                    if (actor != null) {
                        by.add(actor);
                    }
                }
                if (sequence.getValue().isEmpty()) {
                    problem(byNode, what + ": 'by' names nobody");
                }
            } else {
                var actor = actor(byNode, what);
                if (actor != null) {
                    by.add(actor);
                }
            }
            var guards = names(fields.get("guards"), Guard.class, what, "guard");
            var asks = names(fields.get("asks"), Ask.class, what, "ask");
            var effects = names(fields.get("effects"), Effect.class, what, "effect");
            var notBy = names(fields.get("not-by"), OwnCase.class, what, "not-by");
            // an action cannot be undone unless the rule book says otherwise: the user confirms it first
            var confirm = bool(fields.get("confirm"), what, "confirm", true);
            var kinds = kinds(fields.get("kinds"), what);
            if (to != null && !from.isEmpty()) {
                actions.put(name, new ActionRule(name, title, from, to, by, guards, asks, effects, confirm,
                        notBy, kinds, line(entry.getKey().node())));
                if (notBy.contains(OwnCase.PUT_UP)) {
                    putUpNamedAt.putIfAbsent(name, fields.get("not-by"));
                }
            }
        }
        return actions;
    }

    /** The kinds an action applies to: a non-empty list of known kinds, each once; absent: every kind. */
    private Set<DraftKind> kinds(Node node, String what) {
        var kinds = java.util.EnumSet.noneOf(DraftKind.class);
        if (node == null) {
            return kinds;
        }
        var items = list(node, what + " 'kinds'");
        if (items.isEmpty() && node instanceof SequenceNode) {
            problem(node, what + ": 'kinds' lists no kind (leave it out for an action of every kind)");
        }
        for (var item : items) {
            var kind = enumValue(DraftKind.class, scalar(item, what + " 'kinds'"), item, "kind of instrument");
            if (kind != null && !kinds.add(kind)) {
                problem(item, what + ": kind " + kind + " is listed twice in 'kinds'");
            }
        }
        return kinds;
    }

    private Map<DraftKind, List<ConsultationRule>> consultations(Node node) {
        var all = new EnumMap<DraftKind, List<ConsultationRule>>(DraftKind.class);
        if (node == null) {
            return all;
        }
        for (var entry : named(node, "consultations", null).entrySet()) {
            var kind = enumValue(DraftKind.class, entry.getKey().value(), entry.getKey().node(), "kind of instrument");
            var steps = new ArrayList<ConsultationRule>();
            var names = new HashSet<String>();
            int previousStage = 0;
            for (var item : list(entry.getValue(), "consultations of " + entry.getKey().value())) {
                var what = "a consultation of " + entry.getKey().value();
                var fields = fields(item, what, Set.of("step", "with", "deadline", "when", "clear-days-before-meeting",
                        "decides", "vets", "when-own", "stage"));
                var step = text(fields, "step", item, what, true);
                if (step != null) {
                    what = "consultation " + step + " of " + entry.getKey().value();
                    if (!ACTION_NAME.matcher(step).matches()) {
                        problem(fields.get("step"), what + ": a step's name is lower-case words joined by '-'");
                    }
                    if (!names.add(step)) {
                        problem(fields.get("step"), what + ": the step is listed twice");
                    }
                }
                var with = text(fields, "with", item, what, true);
                if (with != null && !COMMITTEE_CODE.matcher(with).matches()
                        && !Set.of("own-committee", "administrative-ministry").contains(with)) {
                    problem(fields.get("with"), what + ": 'with' is a committee's code (e.g. LAW) or "
                            + "'own-committee' or 'administrative-ministry', not '" + with + "'");
                }
                var deadline = fields.containsKey("deadline") ? period(fields.get("deadline"), what) : null;
                if (!fields.containsKey("deadline")) {
                    problem(item, what + ": 'deadline' is required: every consultation has one");
                }
                var when = fields.containsKey("when") ? named(fields.get("when"), Condition.class, what, "case ('when')")
                        : null;
                Integer clearDays = null;
                if (fields.containsKey("clear-days-before-meeting")) {
                    var value = scalar(fields.get("clear-days-before-meeting"), what);
                    try {
                        clearDays = Integer.parseInt(value);
                        if (clearDays < 0 || clearDays > 90) {
                            problem(fields.get("clear-days-before-meeting"), what + ": 'clear-days-before-meeting' is "
                                    + "between 0 and 90, not " + clearDays);
                        }
                    } catch (NumberFormatException e) {
                        problem(fields.get("clear-days-before-meeting"), what + ": 'clear-days-before-meeting' is a "
                                + "whole number of days, not '" + value + "'");
                    }
                }
                var decides = bool(fields.get("decides"), what, "decides", false);
                var vets = bool(fields.get("vets"), what, "vets", false);
                if (clearDays != null && !decides) {
                    problem(fields.get("clear-days-before-meeting"), what + ": 'clear-days-before-meeting' is for a "
                            + "deciding step (decides: true), where a summary is lodged before a meeting");
                }
                if (decides && vets) {
                    problem(fields.get("vets"), what + ": a deciding body decides; it does not vet (drop 'vets' or "
                            + "'decides')");
                }
                if (decides && with != null && !COMMITTEE_CODE.matcher(with).matches()) {
                    problem(fields.get("with"), what + ": a deciding step names the body's secretariat by its code "
                            + "(e.g. CABINET), not '" + with + "'");
                }
                var whenOwn = fields.containsKey("when-own") ? scalar(fields.get("when-own"), what) : null;
                if (whenOwn != null && !ConsultationRule.SKIP.equals(whenOwn) && !ConsultationRule.DESIGNATE.equals(whenOwn)
                        && !COMMITTEE_CODE.matcher(whenOwn).matches()) {
                    problem(fields.get("when-own"), what + ": 'when-own' is 'skip', 'designate' or the code of the "
                            + "division that stands in (e.g. LAW), not '" + whenOwn + "'");
                    whenOwn = null;
                }
                if (whenOwn != null && decides) {
                    problem(fields.get("when-own"), what + ": a deciding body decides on its own secretariat's "
                            + "drafts too: 'when-own' is for a division's view");
                }
                if (whenOwn != null && whenOwn.equals(with)) {
                    problem(fields.get("when-own"), what + ": '" + whenOwn + "' cannot stand in for itself");
                }
                int stage = stage(fields.get("stage"), what, previousStage);
                previousStage = stage;
                if (step != null && with != null) {
                    steps.add(new ConsultationRule(step, with, deadline, when, clearDays, decides, vets, whenOwn,
                            stage, line(item)));
                }
            }
            if (kind != null) {
                all.put(kind, List.copyOf(steps));
            }
        }
        for (var kind : DraftKind.values()) {
            if (!all.containsKey(kind)) {
                problem(node, "consultations: kind " + kind + " is missing (give it an empty list, [], if it needs none)");
            }
        }
        return all;
    }

    /**
     * The stage of a consultation: given, or one after the entry before (so that a list without stages is consulted
     * in its order, one step at a time). Stages are listed in order and numbered without gaps; steps of one stage
     * are consulted together.
     */
    private int stage(Node node, String what, int previous) {
        if (node == null) {
            return previous + 1;
        }
        var value = scalar(node, what + " 'stage'");
        if (value == null) {
            return previous + 1;
        }
        int stage;
        try {
            stage = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problem(node, what + ": 'stage' is a whole number from 1, not '" + value + "'");
            return previous + 1;
        }
        if (stage < 1) {
            problem(node, what + ": 'stage' is a whole number from 1, not " + stage);
        } else if (stage < previous) {
            problem(node, what + ": stage " + stage + " comes after stage " + previous
                    + ": list the steps in the order of their stages");
        } else if (stage > previous + 1) {
            problem(node, what + ": stage " + stage + " follows stage " + previous
                    + ": stages are numbered without a gap (use " + (previous + 1) + ")");
        }
        return Math.max(stage, 1);
    }

    private Period reminders(Node node) {
        if (node == null) {
            return Period.ofDays(1);
        }
        var fields = fields(node, "reminders", Set.of("every"));
        if (!fields.containsKey("every")) {
            problem(node, "reminders: 'every' (how often an overdue step is reminded of) is required");
            return Period.ofDays(1);
        }
        var every = period(fields.get("every"), "reminders");
        if (every != null && every.isZero()) {
            problem(fields.get("every"), "reminders: 'every' must be at least a day");
        }
        return every;
    }

    /**
     * The factor by which each priority mark shortens a deadline: a number above 0 and at most 1, none shorter for
     * a less urgent mark than for a more urgent one. Without the section no mark shortens anything.
     */
    private Map<Priority, BigDecimal> priorities(Node node) {
        var factors = new EnumMap<Priority, BigDecimal>(Priority.class);
        if (node == null) {
            return factors;
        }
        var lines = new EnumMap<Priority, Node>(Priority.class);
        int before = yaml.problemCount();
        for (var entry : named(node, "priorities", null).entrySet()) {
            var priority = enumValue(Priority.class, entry.getKey().value(), entry.getKey().node(), "priority");
            var value = scalar(entry.getValue(), "priority " + entry.getKey().value());
            if (priority == null || value == null) {
                continue;
            }
            BigDecimal factor;
            try {
                factor = new BigDecimal(value);
            } catch (NumberFormatException e) {
                problem(entry.getValue(), "priority " + priority + ": the factor is a number such as 0.5, not '"
                        + value + "'");
                continue;
            }
            if (factor.signum() <= 0) {
                problem(entry.getValue(), "priority " + priority + ": a factor of " + value + " makes every deadline "
                        + "zero working days; give a number above 0 and at most 1");
                continue;
            }
            if (factor.compareTo(BigDecimal.ONE) > 0) {
                problem(entry.getValue(), "priority " + priority + ": a factor of " + value + " lengthens deadlines; "
                        + "a priority mark may only shorten them (at most 1)");
                continue;
            }
            factors.put(priority, factor);
            lines.put(priority, entry.getValue());
        }
        if (yaml.problemCount() == before && factors.size() < Priority.values().length) {
            // only a section without mistakes so far: a mark refused above is not also reported missing
            for (var priority : Priority.values()) {
                if (!factors.containsKey(priority)) {
                    problem(node, "priorities: " + priority + " is missing (every mark has a factor; 1 keeps the "
                            + "rule book's deadlines)");
                }
            }
        }
        if (factors.size() < Priority.values().length) {
            return factors;
        }
        Priority previous = null;
        for (var priority : Priority.values()) {
            var factor = factors.get(priority);
            if (previous != null && factor.compareTo(factors.get(previous)) > 0) {
                problem(lines.getOrDefault(priority, node), "priority " + priority + " gives more time (" + factor
                        + ") than the less urgent " + previous + " (" + factors.getOrDefault(previous, BigDecimal.ONE)
                        + ")");
            }
            previous = priority;
        }
        return factors;
    }

    /**
     * Deadlines count working days on the office calendar: none may be zero, or become zero at any priority (the
     * floor of one working day would then decide it, not the rule book), and a Cabinet step's deadline must leave
     * room for the clear days between lodging the summary and the meeting at every priority.
     */
    private void checkCalendar(Map<DraftStatus, StateRule> states, Map<DraftKind, List<ConsultationRule>> consultations,
            Map<Priority, BigDecimal> priorities) {
        for (var state : states.values()) {
            if (state.deadline() != null && !state.isFinal()) {
                checkDeadline(state.deadline().getDays(), priorities, state.line(), "state " + state.status());
            }
        }
        consultations.forEach((kind, steps) -> steps.forEach(step -> {
            if (step.deadline() == null) {
                return;
            }
            var what = "consultation " + step.step() + " of " + kind;
            if (!checkDeadline(step.deadline().getDays(), priorities, step.line(), what)
                    || step.clearDaysBeforeMeeting() == null) {
                return;
            }
            for (var priority : Priority.values()) {
                int days = RoutingRules.workingDays(step.deadline().getDays(),
                        priorities.getOrDefault(priority, BigDecimal.ONE));
                // the summary is lodged when the step opens at the earliest, and the meeting comes after the clear
                // days: a deadline of no more working days than clear days cannot be met, whatever the calendar
                if (days <= step.clearDaysBeforeMeeting()) {
                    yaml.problemAt(step.line(), what + ": its deadline of " + days + " working days"
                            + (priority == Priority.ROUTINE ? "" : " (" + priority + ")") + " cannot hold the "
                            + step.clearDaysBeforeMeeting() + " clear days between lodging the summary and the "
                            + "meeting; give it more than " + step.clearDaysBeforeMeeting() + " working days");
                    return;
                }
            }
        }));
    }

    private boolean checkDeadline(int days, Map<Priority, BigDecimal> priorities, int line, String what) {
        if (days == 0) {
            yaml.problemAt(line, what + ": a deadline of zero working days falls before anyone can "
                    + "act; give at least P1D or no deadline");
            return false;
        }
        for (var priority : Priority.values()) {
            var factor = priorities.getOrDefault(priority, BigDecimal.ONE);
            if (BigDecimal.valueOf(days).multiply(factor).setScale(0, java.math.RoundingMode.HALF_UP).signum() == 0) {
                yaml.problemAt(line, what + ": the factor " + factor + " of " + priority
                        + " makes its deadline of " + days + " working days zero; lengthen the deadline or raise the "
                        + "factor");
                return false;
            }
        }
        return true;
    }

    /** Every state can be reached from DRAFT, and every state but a final one can be left. */
    private void checkPaths(Map<DraftStatus, StateRule> states, Map<String, ActionRule> actions) {
        var reached = new HashSet<DraftStatus>();
        var queue = new ArrayDeque<DraftStatus>();
        reached.add(DraftStatus.DRAFT);
        queue.add(DraftStatus.DRAFT);
        while (!queue.isEmpty()) {
            var at = queue.poll();
            for (var action : actions.values()) {
                if (action.from().contains(at) && reached.add(action.to())) {
                    queue.add(action.to());
                }
            }
        }
        for (var state : states.values()) {
            if (!reached.contains(state.status())) {
                yaml.problemAt(state.line(), "state " + state.status()
                        + " cannot be reached from DRAFT by any action");
            }
            var leaves = actions.values().stream()
                    .anyMatch(a -> a.from().contains(state.status()) && a.to() != state.status());
            if (!state.isFinal() && !leaves) {
                yaml.problemAt(state.line(), "no action leads out of state " + state.status()
                        + " (mark it 'final: true' if drafts end there)");
            }
            if (state.isFinal() && leaves) {
                yaml.problemAt(state.line(), "state " + state.status()
                        + " is final, yet an action leads out of it");
            }
        }
        // an action limited to some kinds must not strand the others: a draft of every kind can be closed from every
        // state it can reach. Reported where the kind stops while others go on towards the end.
        for (var kind : DraftKind.values()) {
            var own = actions.values().stream().filter(a -> a.appliesTo(kind)).toList();
            var reachable = reach(Set.of(DraftStatus.DRAFT), own);
            var stuck = new HashSet<DraftStatus>();
            for (var status : reachable) {
                var state = states.get(status);
                if (state != null && !state.isFinal() && reach(Set.of(status), own).stream()
                        .noneMatch(s -> states.get(s) != null && states.get(s).isFinal())) {
                    stuck.add(status);
                }
            }
            for (var status : stuck) {
                var onward = actions.values().stream().anyMatch(a -> a.from().contains(status) && !stuck.contains(a.to()));
                if (onward) {
                    yaml.problemAt(states.get(status).line(), "a draft of kind " + kind + " cannot leave state "
                            + status + " towards a final state: the actions that do name other 'kinds'");
                }
            }
        }
        if (!states.containsKey(DraftStatus.DRAFT) || states.get(DraftStatus.DRAFT).isFinal()) {
            yaml.problemAt(0, "state DRAFT, where every draft starts, must not be final");
        }
    }

    /** The states reachable from {@code from} (included) by {@code actions}. */
    private static Set<DraftStatus> reach(Set<DraftStatus> from, List<ActionRule> actions) {
        var reached = new HashSet<>(from);
        var queue = new ArrayDeque<>(from);
        while (!queue.isEmpty()) {
            var at = queue.poll();
            for (var action : actions) {
                if (action.from().contains(at) && reached.add(action.to())) {
                    queue.add(action.to());
                }
            }
        }
        return reached;
    }

    // ---- values ------------------------------------------------------------------------------------------

    private Actor actor(Node node, String what) {
        var fields = fields(node, what + " actor", Set.of("role", "relation"));
        if (!(node instanceof MappingNode)) {
            return null;
        }
        var roleName = text(fields, "role", node, what, true);
        var relationName = text(fields, "relation", node, what, true);
        Role role = null;
        if (roleName != null) {
            role = enumValue(Role.class, roleName, fields.get("role"), "role");
            if (role != null && !ACTING_ROLES.contains(role)) {
                problem(fields.get("role"), what + ": role " + role + " does not route drafts (roles that do: "
                        + ACTING_ROLES.stream().map(Enum::name).sorted().toList() + ")");
                role = null;
            }
        }
        Relation relation = null;
        if (relationName != null) {
            relation = byKey(Relation.values(), relationName, Relation::key);
            if (relation == null) {
                problem(fields.get("relation"), what + ": unknown relation '" + relationName + "' (known: "
                        + java.util.Arrays.stream(Relation.values()).map(Relation::key).toList() + ")");
            }
        }
        return role == null || relation == null ? null : new Actor(role, relation);
    }

    private <E extends Enum<E>> List<E> names(Node node, Class<E> type, String what, String noun) {
        var found = new ArrayList<E>();
        if (node == null) {
            return found;
        }
        for (var item : list(node, what + " " + noun + "s")) {
            var constant = named(item, type, what, noun);
            if (constant == null) {
                continue;
            }
            if (found.contains(constant)) {
                problem(item, what + ": " + noun + " '" + scalar(item, what) + "' is listed twice");
            } else {
                found.add(constant);
            }
        }
        return found;
    }

    /** A lower-case, '-'-joined name of an enum constant, e.g. 'all-threads-resolved'; reported when unknown. */
    private <E extends Enum<E>> E named(Node node, Class<E> type, String what, String noun) {
        var value = scalar(node, what);
        if (value == null) {
            return null;
        }
        var constant = enumValue(type, value.toUpperCase(Locale.ROOT).replace('-', '_'), null, noun);
        if (constant == null || !value.equals(value.toLowerCase(Locale.ROOT))) {
            problem(node, what + ": unknown " + noun + " '" + value + "' (known: " + java.util.Arrays
                    .stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .toList() + ")");
            return null;
        }
        return constant;
    }

    private Period period(Node node, String what) {
        var value = scalar(node, what);
        if (value == null) {
            return null;
        }
        try {
            var period = Period.parse(value);
            if (period.isNegative() || period.getYears() != 0 || period.getMonths() != 0) {
                problem(node, what + ": a deadline is a number of days, like P7D, not '" + value + "'");
                return null;
            }
            return period;
        } catch (DateTimeException e) {
            problem(node, what + ": '" + value + "' is not a period of days (write P7D for seven days)");
            return null;
        }
    }

    private boolean bool(Node node, String what, String name, boolean absent) {
        if (node == null) {
            return absent;
        }
        var value = scalar(node, what);
        if ("true".equals(value)) {
            return true;
        }
        if (!"false".equals(value)) {
            problem(node, what + ": '" + name + "' is true or false, not '" + value + "'");
            return absent;
        }
        return false;
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, Node node, String noun) {
        if (value == null) {
            return null;
        }
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        if (node != null) {
            problem(node, "unknown " + noun + " '" + value + "' (known: "
                    + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList() + ")");
        }
        return null;
    }

    private static <T> T byKey(T[] values, String key, Function<T, String> keyOf) {
        for (var value : values) {
            if (keyOf.apply(value).equals(key)) {
                return value;
            }
        }
        return null;
    }

    // ---- YAML nodes --------------------------------------------------------------------------------------

    private Map<Key, Node> named(Node node, String what, Set<String> allowed) {
        return yaml.named(node, what, allowed);
    }

    private Map<String, Node> fields(Node node, String what, Set<String> allowed) {
        return yaml.fields(node, what, allowed);
    }

    private Node require(Map<Key, Node> sections, String name, Node top) {
        return sections.entrySet().stream().filter(e -> e.getKey().value().equals(name)).map(Map.Entry::getValue)
                .findFirst().orElseGet(() -> {
                    problem(top, "the section '" + name + "' is missing");
                    return null;
                });
    }

    private List<Node> list(Node node, String what) {
        return yaml.list(node, what);
    }

    private String scalar(Node node, String what) {
        return yaml.scalar(node, what);
    }

    private String text(Map<String, Node> fields, String name, Node owner, String what, boolean required) {
        return yaml.text(fields, name, owner, what, required, 0);
    }

    private void problem(Node node, String message) {
        yaml.problem(node, message);
    }

    private static int line(Node node) {
        return ConfigYaml.line(node);
    }
}
