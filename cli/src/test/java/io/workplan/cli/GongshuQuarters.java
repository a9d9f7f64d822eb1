package io.workplan.cli;

import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.files.ReportFiles;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Four quarters of the Gongshu plan, built from the real sample (2024 Q2, read with {@code
 * ReportFiles}) by edits made here, with what each task's history must show worked out from the
 * edits themselves (not by core's history):
 *
 * <ul>
 *   <li>Q1: every percentage of 10 or more 10 points lower; the others kept;
 *   <li>Q2: the sample;
 *   <li>Q3: every percentage 15 points higher, but task {@link #down} 5 points lower and task
 *       {@link #stalled} kept (as in Q1 and Q2); a task {@link #ADDED} after the fifth, the numbers
 *       after it shifted;
 *   <li>Q4: 15 points higher again, {@link #stalled} kept; task {@link #dropped} left out; task
 *       {@link #split} replaced by two near-identical tasks (一期, 二期), the numbers after them shifted
 *       again: an ambiguous match.
 * </ul>
 *
 * Written as Q1 {@code .json}, Q2 the sample's {@code .xlsx}, Q3 {@code .csv}, Q4 {@code .xlsx}.
 */
final class GongshuQuarters {
    static final String ADDED = "建设拱墅区数字经济产业园二期，引进数字经济企业20家。";

    /** A task of the plan through the four quarters: its task and progress text in each (null: not listed). */
    static final class Track {
        final Task[] tasks = new Task[4];
        final String[] texts = new String[4];
    }

    final Path q1;
    final Path q2;
    final Path q3;
    final Path q4;
    final int down;
    final int stalled;
    final int dropped;
    final int split;
    /** The sample's task before which {@link #ADDED} is listed in Q3 and Q4. */
    final int addedAt;
    /** The tracks the history must show, in its order: the sample's tasks, the added task, the two halves of the split one. */
    final List<Track> tracks = new ArrayList<>();

    GongshuQuarters(Path dir) throws java.io.IOException {
        q2 = CommandsTest.copySample(dir);
        ProgressReport sample = ReportFiles.read(q2).report();
        List<Task> tasks = sample.tasks();
        List<Integer> middling = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            BigDecimal p = percent(sample.progressOf(tasks.get(i)).orElseThrow());
            if (p != null && p.compareTo(BigDecimal.valueOf(20)) > 0 && p.compareTo(BigDecimal.valueOf(60)) < 0
                    && tasks.get(i).content().length() >= 15 && unique(tasks.get(i), tasks)) {
                middling.add(i);
            }
        }
        down = middling.get(0);
        stalled = middling.get(1);
        dropped = middling.get(2);
        split = middling.get(3);
        for (Task t : tasks) {
            Track track = new Track();
            String text = sample.progressOf(t).orElseThrow().text();
            BigDecimal p = percent(sample.progressOf(t).orElseThrow());
            int i = tracks.size();
            track.texts[1] = text;
            track.texts[0] = p == null || p.compareTo(BigDecimal.TEN) < 0 || i == stalled ? text : plain(p.subtract(BigDecimal.TEN));
            track.texts[2] = p == null || i == stalled ? text : plain(i == down ? p.subtract(BigDecimal.valueOf(5)) : p.add(BigDecimal.valueOf(15)));
            BigDecimal p3 = percent(Progress.parse(track.texts[2]));
            track.texts[3] = p3 == null || i == stalled ? track.texts[2] : plain(p3.add(BigDecimal.valueOf(15)));
            if (i == dropped) {
                track.texts[3] = null;
            }
            if (i == split) {
                track.texts[3] = null;   // not followed: the two halves are new tasks
            }
            tracks.add(track);
        }
        // the added task goes before the first task from the sixth on that starts a number of its own
        int at = 5;
        while (at < tasks.size() && tasks.get(at).number().isPresent() && tasks.get(at).number().equals(tasks.get(at - 1).number())) {
            at++;
        }
        addedAt = at;
        Track added = new Track();
        added.texts[2] = "10%";
        added.texts[3] = "30%";
        Track first = new Track();
        first.texts[3] = "40%";
        Track second = new Track();
        second.texts[3] = "20%";
        // the quarters' task lists, in the order of the table
        for (int q = 0; q < 4; q++) {
            List<Track> order = new ArrayList<>();
            List<Task> originals = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                if (q >= 2 && i == addedAt) {
                    order.add(added);
                    originals.add(Task.builder().from(tasks.get(addedAt - 1)).content(ADDED).number(OptionalInt.empty()).build());
                }
                if (q == 3 && i == split) {
                    order.add(first);
                    originals.add(Task.builder().from(tasks.get(i)).content(tasks.get(i).content() + "（一期）").build());
                    order.add(second);
                    originals.add(Task.builder().from(tasks.get(i)).content(tasks.get(i).content() + "（二期）")
                            .number(OptionalInt.empty()).build());   // a number of its own, given below
                    continue;
                }
                if (tracks.get(i).texts[q] != null) {
                    order.add(tracks.get(i));
                    originals.add(tasks.get(i));
                }
            }
            List<Task> numbered = renumber(originals);
            for (int k = 0; k < order.size(); k++) {
                order.get(k).tasks[q] = numbered.get(k);
            }
        }
        tracks.add(added);
        tracks.add(first);
        tracks.add(second);
        q1 = write(sample, dir.resolve("gongshu-2024-q1.json"), 1);
        q3 = write(sample, dir.resolve("gongshu-2024-q3.csv"), 3);
        q4 = write(sample, dir.resolve("gongshu-2024-q4.xlsx"), 4);
    }

    private static boolean unique(Task task, List<Task> tasks) {
        return tasks.stream().filter(t -> t.content().equals(task.content())).count() == 1
                && (task.number().isEmpty() || tasks.stream().filter(t -> t.number().equals(task.number())).count() == 1);
    }

    /** Numbers 1, 2, … in order, a run of tasks that shared a number sharing the new one; a task without one gets the next. */
    private static List<Task> renumber(List<Task> tasks) {
        List<Task> numbered = new ArrayList<>();
        int number = 0;
        OptionalInt before = null;
        for (Task t : tasks) {
            boolean subItem = before != null && t.number().isPresent() && t.number().equals(before);
            if (!subItem) {
                number++;
            }
            before = t.number();
            numbered.add(Task.builder().from(t).number(number).build());
        }
        return numbered;
    }

    private Path write(ProgressReport sample, Path file, int quarter) {
        ReportingPeriod period = ReportingPeriod.quarter(2024, quarter);
        ProgressReport.Builder report = ProgressReport.builder().from(sample).period(period)
                .title(sample.title().replace("第二季度", "第" + "一二三四".charAt(quarter - 1) + "季度"))
                .tasks(List.of()).entries(List.of());
        Map<Task, String> rows = new LinkedHashMap<>();
        for (Track t : tracks) {
            if (t.tasks[quarter - 1] != null) {
                rows.put(t.tasks[quarter - 1], t.texts[quarter - 1]);
            }
        }
        rows.entrySet().stream().sorted(java.util.Comparator.comparingInt(e -> e.getKey().number().orElse(0)))
                .forEach(e -> report.addEntries(ProgressEntry.of(e.getKey(), period, Progress.parse(e.getValue()))));
        ReportFiles.write(report.build(), file);
        return file;
    }

    /** The percentage of a progress written as a plain percentage, else null (kept as it is). */
    static BigDecimal percent(Progress p) {
        return p.kind() == Progress.Kind.PERCENT && p.text().matches("\\d+(\\.\\d+)?%") ? p.percent().orElse(null) : null;
    }

    private static String plain(BigDecimal percent) {
        return Objects.requireNonNull(percent).stripTrailingZeros().toPlainString() + "%";
    }
}
