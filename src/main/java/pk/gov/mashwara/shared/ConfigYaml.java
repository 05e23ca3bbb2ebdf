package pk.gov.mashwara.shared;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A configuration file in YAML that people edit by hand ({@code config/routing.yml}, {@code config/holidays.yml}),
 * read node by node so that every problem is reported with its line, all at once, rather than the first only.
 * Duplicate keys are refused and aliases are bounded (no "billion laughs"). One instance reads one file.
 */
public final class ConfigYaml {

    private final List<String> problems = new ArrayList<>();

    /** A key of a mapping and where it stands (to report a problem with the key at its line). */
    public record Key(String value, Node node) {
    }

    /**
     * The file's root node; empty, with the problem recorded, when the text is not well-formed YAML (nothing more
     * can be said about it then).
     */
    public Optional<Node> compose(String yaml) {
        try {
            var options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            return Optional.ofNullable(new Yaml(options).compose(new StringReader(yaml)));
        } catch (MarkedYAMLException e) {
            problems.add("line " + (e.getProblemMark().getLine() + 1) + ": " + e.getProblem()
                    + (e.getContext() == null ? "" : " (" + e.getContext() + ")"));
        } catch (YAMLException e) {
            problems.add(String.valueOf(e.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * The entries of a mapping with their key nodes, in order; unknown keys are reported when {@code allowed} is
     * given, and so is anything that is not a mapping.
     */
    public Map<Key, Node> named(Node node, String what, Set<String> allowed) {
        var entries = new LinkedHashMap<Key, Node>();
        if (!(node instanceof MappingNode mapping)) {
            problem(node, what + ": expected a mapping of names to values here");
            return entries;
        }
        for (var tuple : mapping.getValue()) {
            var key = scalar(tuple.getKeyNode(), what);
            if (key == null) {
                continue;
            }
            if (entries.keySet().stream().anyMatch(k -> k.value().equals(key))) {
                problem(tuple.getKeyNode(), what + ": duplicate key '" + key + "'");
                continue;
            }
            if (allowed != null && !allowed.contains(key)) {
                problem(tuple.getKeyNode(), what + ": unknown key '" + key + "' (known: "
                        + allowed.stream().sorted().toList() + ")");
                continue;
            }
            entries.put(new Key(key, tuple.getKeyNode()), tuple.getValueNode());
        }
        return entries;
    }

    /** The fields of a mapping by name (see {@link #named}). */
    public Map<String, Node> fields(Node node, String what, Set<String> allowed) {
        var byName = new LinkedHashMap<String, Node>();
        named(node, what, allowed).forEach((k, v) -> byName.put(k.value(), v));
        return byName;
    }

    /** The items of a list; reported, and none, when the node is not a list. */
    public List<Node> list(Node node, String what) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problem(node, what + ": expected a list here, e.g. [A, B]");
        return List.of();
    }

    /** A single value, stripped; reported, and null, when the node is a list or a mapping. */
    public String scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().strip();
        }
        problem(node, what + ": expected a single value here");
        return null;
    }

    /**
     * The text of the field {@code name}: null, and reported, when it is required and missing, or given but empty
     * or longer than {@code maxLength} (0: no limit).
     */
    public String text(Map<String, Node> fields, String name, Node owner, String what, boolean required,
            int maxLength) {
        var node = fields.get(name);
        if (node == null) {
            if (required) {
                problem(owner, what + ": '" + name + "' is required");
            }
            return null;
        }
        var value = scalar(node, what + " '" + name + "'");
        if (value != null && value.isEmpty()) {
            problem(node, what + ": '" + name + "' is empty");
            return null;
        }
        if (value != null && maxLength > 0 && value.length() > maxLength) {
            problem(node, what + ": '" + name + "' is longer than " + maxLength + " characters");
            return null;
        }
        return value;
    }

    /** Records a problem at the node's line (without a line when there is no node). */
    public void problem(Node node, String message) {
        problems.add((node == null || node.getStartMark() == null ? "" : "line " + line(node) + ": ") + message);
    }

    /** Records a problem at a line found earlier (0: without a line). */
    public void problemAt(int line, String message) {
        problems.add((line > 0 ? "line " + line + ": " : "") + message);
    }

    /** How many problems have been found so far. */
    public int problemCount() {
        return problems.size();
    }

    /** The problems found so far, in the order found. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The node's line, counted from 1 (0 when unknown). */
    public static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
