package io.workplan.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The checks a {@link ProgressReport} makes of its tasks, made one task after another, in the
 * report's order: the one home of these rules, for the report's own check and for readers that go
 * entry by entry without holding the report.
 *
 * <pre>{@code
 * TaskSequence tasks = TaskSequence.of(head);
 * for (Task task : incoming) {
 *     List<Problem> problems = tasks.add(task);   // paths as the report's: tasks[3].number
 * }
 * }</pre>
 *
 * <h2>What is checked</h2>
 *
 * A task number used twice, except by the sub-items of one item listed one after another; the same
 * task listed twice; a task whose category is not among the head's categories; a task's extra
 * column not among the head's extra columns. A head that lists no categories (no extra columns)
 * takes the tasks' own, as a report does ({@link #categories()}, {@link #extraColumns()}). Each problem's {@linkplain Problem#path() path} is
 * the report's ({@code tasks[3]}, {@code tasks[3].number}, {@code tasks[3].category}, {@code
 * tasks[3].extras.责任人}) and its reason the report's, word for word.
 *
 * <h2>Memory</h2>
 *
 * A sequence made by {@link #of(ReportHead)} keeps no task: about 40 bytes a task, the first index
 * and the {@linkplain TaskFingerprints#fingerprint(Task) fingerprint} of each number, and the
 * fingerprints of tasks without a number or sharing one. A repetition is therefore found by
 * fingerprint, with the small chance of a mistake {@link TaskFingerprints} describes; the report's
 * own check compares tasks by {@code equals}.
 *
 * <p>Instances are not safe for use by several threads at once.
 *
 * @since 0.2.0
 */
public final class TaskSequence {

    private final Set<Category> categories;
    private final Set<String> extraColumns;
    private final boolean categoriesDerived;
    private final boolean extraColumnsDerived;
    private final Identities identities;
    private int size;
    /** The number of the task just before, 0 for none (numbers are 1 or more). */
    private int previousNumber;
    private boolean repeated;

    private TaskSequence(Set<Category> categories, Set<String> extraColumns, Identities identities) {
        // A report given no categories (no extra columns) has those of its tasks: nothing to check them against.
        this.categoriesDerived = categories.isEmpty();
        this.extraColumnsDerived = extraColumns.isEmpty();
        this.categories = categoriesDerived ? new LinkedHashSet<>() : categories;
        this.extraColumns = extraColumnsDerived ? new LinkedHashSet<>() : extraColumns;
        this.identities = identities;
    }

    /**
     * The report's categories: the head's, or, when it lists none, those of the tasks added, in
     * order of first appearance, as {@link ProgressReport} derives them.
     *
     * @return the categories
     */
    public List<Category> categories() {
        return List.copyOf(categories);
    }

    /**
     * The report's extra columns: the head's, or, when it lists none, the headers of the tasks'
     * extras, in order of first appearance, as {@link ProgressReport} derives them.
     *
     * @return the extra columns
     */
    public List<String> extraColumns() {
        return List.copyOf(extraColumns);
    }

    /**
     * A sequence of the tasks of a report with this head, in bounded memory.
     *
     * @param head the report's head: its categories and extra columns
     * @return the sequence, of no task yet
     * @throws NullPointerException when head is null
     */
    public static TaskSequence of(ReportHead head) {
        Objects.requireNonNull(head, "head");
        return of(head.categories(), head.extraColumns());
    }

    /**
     * A sequence of the tasks of a report with these categories and extra columns, in bounded
     * memory (but for the categories and extra columns the tasks bring when none are given): for a
     * reader whose head is not (yet) a valid one, so that its tasks are checked all the same.
     *
     * @param categories the report's categories
     * @param extraColumns the report's extra columns
     * @return the sequence, of no task yet
     * @throws NullPointerException when an argument is null
     */
    public static TaskSequence of(Collection<Category> categories, Collection<String> extraColumns) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(extraColumns, "extraColumns");
        return new TaskSequence(new LinkedHashSet<>(categories), new LinkedHashSet<>(extraColumns), new Fingerprinted());
    }

    /**
     * A sequence that keeps the tasks added and tells them apart by {@code equals}, exactly as
     * {@link ProgressReport}'s check does: for a reader that holds the whole report anyway.
     *
     * @param categories the report's categories
     * @param extraColumns the report's extra columns
     * @return the sequence, of no task yet
     * @throws NullPointerException when an argument is null
     */
    public static TaskSequence exact(Collection<Category> categories, Collection<String> extraColumns) {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(extraColumns, "extraColumns");
        List<Task> kept = new ArrayList<>();
        return new TaskSequence(new LinkedHashSet<>(categories), new LinkedHashSet<>(extraColumns), new Exact(kept::get, 16) {
            @Override
            public int firstOfNumber(int number, Task task, int index) {
                kept.add(task);
                return super.firstOfNumber(number, task, index);
            }

            @Override
            public boolean unnumbered(Task task, int index) {
                kept.add(task);
                return super.unnumbered(task, index);
            }

            @Override
            public void skip() {
                kept.add(null);
            }
        });
    }

    /** The report's own check: tasks compared by {@code equals}, an earlier task taken from the report. */
    static TaskSequence exact(Set<Category> categories, Set<String> extraColumns, List<Task> tasks) {
        return new TaskSequence(categories, extraColumns, new Exact(tasks::get, tasks.size()));
    }

    /**
     * Checks the next task of the report.
     *
     * @param task the task after those added before
     * @return the task's problems, with the report's paths; none (an empty list) for a good task
     * @throws NullPointerException when task is null
     */
    public List<Problem> add(Task task) {
        Objects.requireNonNull(task, "task");
        int index = size++;
        List<Problem> problems = List.of();
        boolean distinct;
        if (task.number().isPresent()) {
            int number = task.number().getAsInt();
            int first = identities.firstOfNumber(number, task, index);
            // sub-items: a run of tasks sharing their item's number (one 序号 merged over several rows)
            boolean subItem = first >= 0 && previousNumber == number;
            if (first >= 0 && !subItem) {
                problems = add(problems, "tasks[" + index + "].number", "the number " + number + " is used by tasks["
                        + first + "] too, not the task just above: only the sub-items of one item, listed one after"
                        + " another, share a number");
            }
            distinct = first < 0 || identities.sharing(number, first, task, index);
            previousNumber = number;
        } else {
            distinct = identities.unnumbered(task, index);
            previousNumber = 0;
        }
        repeated |= !distinct;
        if (!distinct) {
            problems = add(problems, "tasks[" + index + "]", "the same task is listed twice");
        }
        if (task.category().isPresent() && !categories.contains(task.category().get())) {
            if (categoriesDerived) {
                categories.add(task.category().get());
            } else {
                problems = add(problems, "tasks[" + index + "].category",
                        "the category '" + task.category().get() + "' is not among the report's categories");
            }
        }
        if (!task.extras().isEmpty()) {
            for (String header : task.extras().keySet()) {
                if (!extraColumns.contains(header)) {
                    if (extraColumnsDerived) {
                        extraColumns.add(header);
                    } else {
                        problems = add(problems, "tasks[" + index + "].extras." + header,
                                "the extra column '" + header + "' is not among the report's extra columns");
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Takes the place of a task that could not be read (its problems are the reader's): it is
     * checked against nothing, and the next task's index is one more.
     */
    public void skip() {
        size++;
        identities.skip();
    }

    /**
     * How many tasks were added or skipped.
     *
     * @return the count
     */
    public int size() {
        return size;
    }

    /** Whether some task was listed twice. */
    boolean repeated() {
        return repeated;
    }

    private static List<Problem> add(List<Problem> problems, String path, String reason) {
        List<Problem> more = problems.isEmpty() ? new ArrayList<>(2) : problems;
        more.add(Problem.at(path, reason));
        return more;
    }

    /** How tasks are told apart: by {@code equals}, or by fingerprint. */
    private interface Identities {
        /** The index of the first task of a number, or -1 when this task is the first (and now recorded). */
        int firstOfNumber(int number, Task task, int index);

        /** Records a task sharing a number, and the number's first task: whether the task is new among them. */
        boolean sharing(int number, int first, Task task, int index);

        /** Records a task without a number: whether it is new. */
        boolean unnumbered(Task task, int index);

        /** A task that could not be read takes its place. */
        default void skip() {}
    }

    /**
     * Tasks by {@code equals}: a task with a number is hashed only when its number is taken, so
     * that a report of numbered tasks (the usual one) hashes none.
     */
    private static class Exact implements Identities {
        private final IntFunction<Task> earlier;
        private final Map<Integer, Integer> numbers;
        private final Set<Task> unnumbered = new HashSet<>();
        private final Set<Task> sharingANumber = new HashSet<>();

        Exact(IntFunction<Task> earlier, int tasks) {
            this.earlier = earlier;
            this.numbers = new HashMap<>(ReportHead.capacity(tasks));
        }

        @Override
        public int firstOfNumber(int number, Task task, int index) {
            Integer first = numbers.putIfAbsent(number, index);
            return first == null ? -1 : first;
        }

        @Override
        public boolean sharing(int number, int first, Task task, int index) {
            sharingANumber.add(earlier.apply(first));
            return sharingANumber.add(task);
        }

        @Override
        public boolean unnumbered(Task task, int index) {
            return unnumbered.add(task);
        }
    }

    /**
     * Tasks by fingerprint, keeping none: for each number its first index and its first task's
     * fingerprint (open addressing, 16 bytes a slot), and the fingerprints of the tasks without a
     * number or sharing one.
     */
    private static final class Fingerprinted implements Identities {
        private final TaskFingerprints seen = new TaskFingerprints();
        private int[] numbers = new int[16];
        private int[] firsts = new int[16];
        private long[] fingerprints = new long[16];
        private int size;

        @Override
        public int firstOfNumber(int number, Task task, int index) {
            int slot = slot(number);
            if (numbers[slot] == number) {
                return firsts[slot];
            }
            numbers[slot] = number;
            firsts[slot] = index;
            fingerprints[slot] = TaskFingerprints.fingerprint(task);
            if (++size * 4 > numbers.length * 3) {
                grow();
            }
            return -1;
        }

        @Override
        public boolean sharing(int number, int first, Task task, int index) {
            seen.firstIndexOf(fingerprints[slot(number)], first);
            return seen.firstIndexOf(task, index) < 0;
        }

        @Override
        public boolean unnumbered(Task task, int index) {
            return seen.firstIndexOf(task, index) < 0;
        }

        /** The slot of a number: its own, or the empty one where it goes. */
        private int slot(int number) {
            int mask = numbers.length - 1;
            int i = mix(number) & mask;
            while (numbers[i] != 0 && numbers[i] != number) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private static int mix(int number) {
            int h = number * 0x9E3779B9;
            return h ^ (h >>> 16);
        }

        private void grow() {
            int[] oldNumbers = numbers;
            int[] oldFirsts = firsts;
            long[] oldFingerprints = fingerprints;
            numbers = new int[oldNumbers.length * 2];
            firsts = new int[oldNumbers.length * 2];
            fingerprints = new long[oldNumbers.length * 2];
            for (int j = 0; j < oldNumbers.length; j++) {
                if (oldNumbers[j] != 0) {
                    int i = slot(oldNumbers[j]);
                    numbers[i] = oldNumbers[j];
                    firsts[i] = oldFirsts[j];
                    fingerprints[i] = oldFingerprints[j];
                }
            }
        }
    }
}
