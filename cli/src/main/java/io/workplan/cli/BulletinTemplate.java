package io.workplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and the order of the supervision bulletin: a file of {@code KEY=TEXT} lines, each key
 * once, whose {@code ${NAME}} placeholders are replaced by figures and texts. The default is the
 * resource {@code bulletin-template.txt}; {@code --template FILE} replaces it. docs/bulletin.md
 * documents the keys and the placeholders.
 */
final class BulletinTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    /** The names a key's text may use. */
    enum Scope {
        /** The figures and texts of the whole report. */
        REPORT("title", "region", "period", "tasks", "assessed", "expected", "tolerance", "scale", "units",
                "behind", "behind.share", "onSchedule", "onSchedule.share", "ahead", "ahead.share",
                "completed", "completed.share", "other", "other.share"),
        /** The report's, and those of a lead unit with tasks behind schedule. */
        UNIT(REPORT, "unit", "unit.behind"),
        /** The unit's, and those of a task behind schedule. */
        TASK(UNIT, "number", "content", "progress", "percent", "shortfall");

        final Set<String> names = new LinkedHashSet<>();

        Scope(String... names) {
            this.names.addAll(List.of(names));
        }

        Scope(Scope wider, String... names) {
            this.names.addAll(wider.names);
            this.names.addAll(List.of(names));
        }
    }

    /** The keys of a template, in the order the bulletin uses them. */
    enum Key {
        HEADING("heading", Scope.REPORT),
        PARAGRAPH("paragraph", Scope.REPORT),
        DENOMINATOR("denominator", Scope.REPORT),
        BEHIND_HEADING("behind-heading", Scope.REPORT),
        UNIT("unit", Scope.UNIT),
        TASK("task", Scope.TASK),
        NO_UNIT("no-unit", Scope.REPORT),
        NO_BEHIND("no-behind", Scope.REPORT),
        TABLE("table", Scope.REPORT),
        TABLE_ROW("table-row", Scope.TASK);

        final String name;
        final Scope scope;

        Key(String name, Scope scope) {
            this.name = name;
            this.scope = scope;
        }
    }

    /** A template with mistakes: each one with its line and what is wrong. */
    static final class BadTemplate extends Exception {
        private static final long serialVersionUID = 1L;
        final transient List<String> problems;

        BadTemplate(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }
    }

    private final Map<Key, String> texts;

    private BulletinTemplate(Map<Key, String> texts) {
        this.texts = texts;
    }

    /** The default template, the resource {@code bulletin-template.txt}. */
    static BulletinTemplate standard() {
        try (InputStream in = BulletinTemplate.class.getResourceAsStream("bulletin-template.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException | BadTemplate e) {
            throw new IllegalStateException("the default bulletin template", e);
        }
    }

    /**
     * A template of its lines: every mistake at once (a line that is no {@code KEY=TEXT}, an
     * unknown or repeated key, a key missing, a placeholder unknown to its key or not closed).
     *
     * @param lines the lines of the file
     * @return the template
     * @throws BadTemplate naming each line and placeholder that is wrong
     */
    static BulletinTemplate parse(List<String> lines) throws BadTemplate {
        Map<Key, String> texts = new EnumMap<>(Key.class);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = (i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i)).strip();
            String where = "line " + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String name = eq < 0 ? line : line.substring(0, eq).strip();
            Key key = java.util.Arrays.stream(Key.values()).filter(k -> k.name.equals(name)).findFirst().orElse(null);
            if (eq < 0 || key == null) {
                problems.add(where + ": " + (eq < 0 ? "not KEY=TEXT" : "'" + name + "' is not a key") + "; the keys are " + keyNames());
                continue;
            }
            if (texts.containsKey(key)) {
                problems.add(where + ": " + key.name + " is given twice");
                continue;
            }
            String text = line.substring(eq + 1).strip();
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (!key.scope.names.contains(m.group(1))) {
                    problems.add(where + ": ${" + m.group(1) + "} is not a placeholder of " + key.name + "; it may use "
                            + String.join(", ", key.scope.names));
                }
            }
            if (PLACEHOLDER.matcher(text).replaceAll("").contains("${")) {
                problems.add(where + ": a ${ without its closing }");
            }
            texts.put(key, text);
        }
        for (Key key : Key.values()) {
            if (!texts.containsKey(key)) {
                problems.add("no line " + key.name + "=…");
            }
        }
        if (texts.containsKey(Key.TABLE) && texts.containsKey(Key.TABLE_ROW)
                && columns(texts.get(Key.TABLE)) != columns(texts.get(Key.TABLE_ROW))) {
            problems.add("table has " + columns(texts.get(Key.TABLE)) + " columns, table-row " + columns(texts.get(Key.TABLE_ROW))
                    + ": give both as many texts separated by |");
        }
        if (!problems.isEmpty()) {
            throw new BadTemplate(problems);
        }
        return new BulletinTemplate(texts);
    }

    private static int columns(String text) {
        return text.split("\\|", -1).length;
    }

    private static String keyNames() {
        return String.join(", ", java.util.Arrays.stream(Key.values()).map(k -> k.name).toList());
    }

    /**
     * A key's text with its placeholders replaced.
     *
     * @param key the key
     * @param values a value for each name of the key's scope
     * @return the text
     */
    String fill(Key key, Map<String, String> values) {
        return fill(texts.get(key), values);
    }

    /** A table's texts: the key's text cut at each {@code |}, each filled. */
    List<String> cells(Key key, Map<String, String> values) {
        return java.util.Arrays.stream(texts.get(key).split("\\|", -1)).map(cell -> fill(cell, values).strip()).toList();
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for ${" + m.group(1) + "}");
            }
            m.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        return m.appendTail(b).toString();
    }
}
