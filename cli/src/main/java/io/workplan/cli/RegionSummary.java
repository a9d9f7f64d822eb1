package io.workplan.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.WorkplanException;
import io.workplan.core.aggregate.Figures;
import io.workplan.core.aggregate.ScheduleRule;
import io.workplan.core.aggregate.ScheduleStatus;
import io.workplan.core.aggregate.ScheduleSummary;
import io.workplan.core.aggregate.StreamingAggregation;
import io.workplan.core.aggregate.Summary;
import io.workplan.core.internal.FileErrors;
import io.workplan.sheet.ColumnRole;
import io.workplan.files.FileReadOptions;
import io.workplan.files.FileReadSummary;
import io.workplan.excel.SummaryWorkbook;
import io.workplan.files.Format;
import io.workplan.files.ReportFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.ParameterException;

/**
 * {@code workplan summary DIR_OR_FILES… --by region}: one roll-up of many tables, a row per region,
 * then the usual tables within each region.
 *
 * <p>Every table is read entry by entry ({@link ReportFiles#read(Path, FileReadOptions,
 * java.util.function.Consumer)}), on a bounded pool of threads, twice: a first reading checks it and
 * finds its head (its region and period); once every table is read, the periods are checked (one,
 * or {@code --expected}); a second reading feeds its region's {@link StreamingAggregation} and the
 * overall one, so that a table that fails adds nothing and no table is held in memory. A table that
 * cannot be read is named with its reason at the end and the others still count (exit 1).
 *
 * <p>A table's region: its head's ({@code region()}, a workbook's document property), else the one
 * its title names ({@link RegionNames}), else its file name's, else {@code --region}.
 */
final class RegionSummary {
    private final SummaryCommand command;
    private final PrintWriter err;

    RegionSummary(SummaryCommand command) {
        this.command = command;
        this.err = command.err();
    }

    /** Whether a summary is by region: asked for, several files, or a folder. */
    static boolean applies(SummaryCommand command) {
        return command.by.contains(SummaryCommand.By.region) || !command.more.isEmpty()
                || Files.isDirectory(command.input.file);
    }

    /** -o and --region in a summary of one table: usage errors rather than ignored. */
    static void refuseItsOptions(SummaryCommand command) {
        if (command.regions.output != null || !command.regions.regions.isEmpty()) {
            throw new ParameterException(command.spec.commandLine(), (command.regions.output != null ? "-o" : "--region")
                    + " applies to a summary by region (--by region, several tables, or a folder)");
        }
    }

    /** A table read: its file, its head, its region, or why it could not be read. */
    private static final class Table {
        final Path file;
        FileReadSummary read;
        String region;
        String failure;

        Table(Path file) {
            this.file = file;
        }
    }

    /** A region's tables and figures. */
    private static final class Region {
        final List<Table> tables = new ArrayList<>();
        final StreamingAggregation figures;

        Region(ScheduleRule rule) {
            figures = StreamingAggregation.builder().rule(rule).build();
        }
    }

    int call() {
        if (command.regions.output != null && !command.regions.output.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ParameterException(command.spec.commandLine(), "-o writes a workbook: its name must end with .xlsx: "
                    + command.regions.output);
        }
        Map<Path, String> given = givenRegions();
        List<Table> tables = files().stream().map(Table::new).toList();
        FileReadOptions options = command.input.input.options(command.spec, null);
        ProgressBar bar = progressBar();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(tables.size(),
                Math.min(4, Runtime.getRuntime().availableProcessors()))));
        Map<String, Region> regions = new LinkedHashMap<>();
        StreamingAggregation all = StreamingAggregation.builder().rule(command.schedule.rule()).build();
        try {
            int[] done = {0};
            run(pool, tables, table -> {
                check(table, options, given);
                if (bar != null) {
                    synchronized (bar) {
                        bar.rowsRead(++done[0], 2L * tables.size());
                    }
                }
            });
            List<Table> read = tables.stream().filter(t -> t.failure == null).toList();
            refuseDifferentPeriods(read);
            read.forEach(t -> regions.computeIfAbsent(t.region, r -> new Region(command.schedule.rule())).tables.add(t));
            run(pool, read, table -> {
                aggregate(table, options, regions.get(table.region), all);
                if (bar != null) {
                    synchronized (bar) {
                        bar.rowsRead(++done[0], 2L * tables.size());
                    }
                }
            });
        } finally {
            pool.shutdownNow();
            if (bar != null) {
                bar.finish();
            }
        }
        try {
            for (Table t : tables) {
                if (t.read != null) {
                    t.read.warnings().forEach(w -> err.println(Warnings.line(w)));
                }
            }
            print(tables, regions, all);
            List<Table> failed = tables.stream().filter(t -> t.failure != null).toList();
            failed.forEach(t -> err.println(t.file + ": not counted: " + t.failure));
            if (!failed.isEmpty()) {
                err.println(failed.size() + " of " + tables.size() + " tables could not be read: "
                        + failed.stream().map(t -> t.file.toString()).collect(Collectors.joining(", ")));
                return Main.INVALID_INPUT;
            }
            return 0;
        } finally {
            regions.values().forEach(r -> r.figures.close());
            all.close();
        }
    }

    /** Runs a step for every table on the pool, waiting for all; what a step throws comes out. */
    private static void run(ExecutorService pool, List<Table> tables, java.util.function.Consumer<Table> step) {
        List<Future<?>> futures = new ArrayList<>();
        tables.forEach(t -> futures.add(pool.submit(() -> step.accept(t))));
        RuntimeException first = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
                            : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** The first reading: the table checked, its head and region found, or why not. */
    private void check(Table table, FileReadOptions options, Map<Path, String> given) {
        try {
            table.read = ReportFiles.read(table.file, options, entry -> { });
        } catch (WorkplanException e) {
            table.failure = e.getMessage();
            return;
        }
        String name = table.file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Optional<String> region = table.read.head().region().filter(r -> !r.isBlank())
                .or(() -> RegionNames.of(table.read.head().title()))
                .or(() -> RegionNames.of(stem))
                .or(() -> Optional.ofNullable(given.get(table.file.toAbsolutePath().normalize())))
                .or(() -> Optional.ofNullable(given.get(null)));
        if (region.isEmpty()) {
            table.failure = "no region: its title (" + table.read.head().title() + ") and its file name name none; give it with --region "
                    + table.file + "=REGION";
            table.read = null;
        } else {
            table.region = region.get();
        }
    }

    /** The second reading, into the region's figures and the overall ones: one table at a time in a region. */
    private void aggregate(Table table, FileReadOptions options, Region region, StreamingAggregation all) {
        FileReadSummary again;
        synchronized (region) {
            again = ReportFiles.read(table.file, options, entry -> {
                region.figures.accept(entry);
                synchronized (all) {
                    all.accept(entry);
                }
            });
        }
        if (!again.equals(table.read)) {
            throw new InvalidInputException(table.file + ": the file changed while it was read: read again, it gave another report", null);
        }
    }

    /** Tables of different periods, without --expected: refused, each period with its files. */
    private void refuseDifferentPeriods(List<Table> read) {
        if (command.schedule.expected != null) {
            return;
        }
        Map<String, List<String>> byPeriod = new LinkedHashMap<>();
        read.forEach(t -> byPeriod.computeIfAbsent(ReportWords.period(t.read.head()), p -> new ArrayList<>()).add(t.file.toString()));
        if (byPeriod.size() > 1) {
            throw new InvalidInputException("the tables are of different periods, judged against different expected shares: "
                    + byPeriod.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                            .collect(Collectors.joining("; "))
                    + "; give --expected PERCENT to judge them all against one", null);
        }
    }

    /** The files of the arguments: each file, and the tables of each folder (the names of a format read), by name. */
    private List<Path> files() {
        List<Path> arguments = new ArrayList<>();
        arguments.add(command.input.file);
        arguments.addAll(command.more);
        Set<Path> files = new LinkedHashSet<>();
        for (Path argument : arguments) {
            if (!Files.isDirectory(argument)) {
                files.add(argument);
                continue;
            }
            try (Stream<Path> listed = Files.list(argument)) {
                List<Path> inFolder = listed.filter(Files::isRegularFile).sorted().toList();
                for (Path file : inFolder) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".") || name.startsWith("~$")) {
                        continue;   // hidden files and the lock files of office programs
                    }
                    if (Format.byName(file).isPresent()) {
                        files.add(file);
                    } else {
                        err.println("warning: " + file + ": skipped: its name is of no format the tool reads");
                    }
                }
            } catch (IOException e) {
                throw new InvalidInputException(argument + ": the folder cannot be read (" + FileErrors.reason(e) + ")", e);
            }
        }
        if (files.isEmpty()) {
            throw new InvalidInputException(String.join(", ", arguments.stream().map(Path::toString).toList())
                    + ": no table to read", null);
        }
        return new ArrayList<>(files);
    }

    /** The regions of --region: FILE=REGION by the file (absolute), REGION alone under null. */
    private Map<Path, String> givenRegions() {
        Map<Path, String> given = new java.util.HashMap<>();
        for (String value : command.regions.regions) {
            int eq = value.lastIndexOf('=');
            String region = value.substring(eq + 1).strip();
            if (region.isEmpty()) {
                throw new ParameterException(command.spec.commandLine(), "--region " + value + ": names no region");
            }
            Path file = eq < 0 ? null : Path.of(value.substring(0, eq).strip()).toAbsolutePath().normalize();
            if (given.containsKey(file)) {
                throw new ParameterException(command.spec.commandLine(), "--region " + value + ": "
                        + (file == null ? "a region for every file is given twice" : "a region for " + file + " is given twice"));
            }
            given.put(file, region);
        }
        return given;
    }

    private ProgressBar progressBar() {
        Main main = (Main) command.spec.root().userObject();
        Boolean asked = command.input.input.progress;
        return (asked != null ? asked : main.errIsTerminal())
                ? new ProgressBar(main.progressErr(), "summary by region", System::nanoTime, "readings of files") : null;
    }

    private void print(List<Table> tables, Map<String, Region> regions, StreamingAggregation all) {
        PrintWriter out = command.out();
        if (command.regions.output != null) {
            workbook(tables, regions, all);
            out.println("wrote " + command.regions.output + ": " + headline(tables, regions));
            return;
        }
        if (command.format == SummaryCommand.Format.json) {
            JsonOutput.print(out, json -> json(json, tables, regions, all));
            return;
        }
        boolean text = command.format == SummaryCommand.Format.text;
        StringBuilder b = new StringBuilder(headline(tables, regions)).append('\n').append(expectedLine()).append("\n\n");
        TextTable table = rollUp(regions, all);
        b.append("By region\n").append(text ? table.toString() : table.toTsv()).append('\n');
        List<SummaryCommand.By> within = command.by.stream().filter(g -> g != SummaryCommand.By.region).toList();
        for (Map.Entry<String, Region> e : regions.entrySet()) {
            Region r = e.getValue();
            b.append("== ").append(e.getKey()).append(": ")
                    .append(r.tables.stream().map(t -> t.file.getFileName() + " (" + ReportWords.period(t.read.head()) + ")")
                            .collect(Collectors.joining(", ")))
                    .append(" ==\n");
            command.tables(b, r.figures, r.figures.byCategory(), text, within.isEmpty() ? List.of(SummaryCommand.By.category, SummaryCommand.By.unit) : within);
        }
        out.print(b);
    }

    /** The workbook of -o: the regions with a chart comparing their mean progress, then each region by lead unit. */
    private void workbook(List<Table> tables, Map<String, Region> regions, StreamingAggregation all) {
        List<SummaryWorkbook.Table> sheets = new ArrayList<>();
        List<Map.Entry<String, Summary>> rows = new ArrayList<>();
        regions.forEach((name, r) -> rows.add(Map.entry(name, r.figures.overall())));
        sheets.add(SummaryWorkbook.Table.builder().sheetName("按地区汇总").keyHeader("地区").rows(rows).total(all.overall())
                .chartTitle("各地区平均完成进度").build());
        regions.forEach((name, r) -> {
            List<Map.Entry<String, Summary>> units = new ArrayList<>();
            r.figures.byLeadUnit().groups().forEach(g -> units.add(Map.entry(g.key().name(), g.summary())));
            if (r.figures.byLeadUnit().withoutKey().tasks() > 0) {
                units.add(Map.entry("(无牵头单位)", r.figures.byLeadUnit().withoutKey()));
            }
            sheets.add(SummaryWorkbook.Table.builder().sheetName(name).keyHeader(ColumnRole.LEAD_UNITS.header()).rows(units).total(r.figures.overall()).build());
        });
        Set<Optional<ReportingPeriod>> periods = tables.stream().filter(t -> t.read != null).map(t -> t.read.head().period())
                .collect(Collectors.toSet());
        SummaryWorkbook.write(command.regions.output, "各地区主要任务完成情况", command.schedule.rule(),
                periods.size() == 1 ? periods.iterator().next() : Optional.empty(), sheets);
    }

    private static String headline(List<Table> tables, Map<String, Region> regions) {
        long read = tables.stream().filter(t -> t.failure == null).count();
        return "Summary by region: " + read + " of " + tables.size() + " tables read, " + regions.size() + " region(s)";
    }

    private String expectedLine() {
        return command.schedule.expected != null
                ? "Expected " + Figures.display(command.schedule.expected, command.schedule.scale).toPlainString()
                        + "% (序时进度, --expected), tolerance " + command.schedule.tolerance.toPlainString() + " points"
                : "Expected: each table's period's (序时进度), tolerance " + command.schedule.tolerance.toPlainString() + " points";
    }

    /** A region's row: its name and summary; the last one of all regions. */
    record Line(String name, int tables, Summary summary) {}

    private static List<Line> lines(Map<String, Region> regions, StreamingAggregation all) {
        List<Line> lines = new ArrayList<>();
        regions.forEach((name, r) -> lines.add(new Line(name, r.tables.size(), r.figures.overall())));
        lines.add(new Line("(all)", regions.values().stream().mapToInt(r -> r.tables.size()).sum(), all.overall()));
        return lines;
    }

    /** The roll-up: a row per region, then all; tasks, with a figure, mean, then each status with its share of the assessable tasks. */
    private TextTable rollUp(Map<String, Region> regions, StreamingAggregation all) {
        List<String> headers = new ArrayList<>(List.of("Region", "Tables", "Tasks", "With %", "Mean"));
        for (ScheduleStatus s : ROLL_UP) {
            headers.add(capitalised(s.words()));
            headers.add("Share");
        }
        headers.add(capitalised(ScheduleStatus.NOT_ASSESSABLE.words()));
        TextTable table = new TextTable(headers.toArray(new String[0]));
        for (Line line : lines(regions, all)) {
            List<Object> row = new ArrayList<>(List.of(line.name(), line.tables(), line.summary().tasks(),
                    line.summary().statistics().withPercent(), command.percent(line.summary().statistics().mean())));
            ScheduleSummary s = line.summary().schedule();
            for (ScheduleStatus status : ROLL_UP) {
                row.add(s.count(status));
                row.add(share(s, status));
            }
            row.add(s.count(ScheduleStatus.NOT_ASSESSABLE));
            table.add(row.toArray());
        }
        return table;
    }

    /** The statuses of the roll-up, each with its share. */
    static final List<ScheduleStatus> ROLL_UP = List.of(ScheduleStatus.BEHIND, ScheduleStatus.ON_SCHEDULE, ScheduleStatus.AHEAD,
            ScheduleStatus.COMPLETED);

    /** A status's share of the assessable tasks, as summary gives it ({@link ScheduleSummary#share}), rounded to the scale. */
    private String share(ScheduleSummary s, ScheduleStatus status) {
        return s.share(status).percent(command.schedule.scale).map(p -> p.toPlainString() + "%").orElse("-");
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private void json(JsonGenerator json, List<Table> tables, Map<String, Region> regions, StreamingAggregation all) throws IOException {
        json.writeStartObject();
        JsonOutput.number(json, "expectedPercent", Optional.ofNullable(command.schedule.expected));
        json.writeNumberField("tolerancePoints", command.schedule.tolerance);
        json.writeArrayFieldStart("regions");
        for (Map.Entry<String, Region> e : regions.entrySet()) {
            json.writeStartObject();
            json.writeStringField("region", e.getKey());
            json.writeArrayFieldStart("tables");
            for (Table t : e.getValue().tables) {
                json.writeStartObject();
                json.writeStringField("file", t.file.toString());
                json.writeStringField("title", t.read.head().title());
                json.writeStringField("period", t.read.head().period().map(ReportingPeriod::label).orElse(null));
                json.writeNumberField("tasks", t.read.tasks());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("overall");
            SummaryCommand.figures(json, e.getValue().figures.overall());
            json.writeEndObject();
            SummaryCommand.groups(json, "categories", e.getValue().figures.byCategory(), c -> c.label());
            SummaryCommand.groups(json, "leadUnits", e.getValue().figures.byLeadUnit(), u -> u.name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("overall");
        SummaryCommand.figures(json, all.overall());
        json.writeEndObject();
        json.writeArrayFieldStart("failures");
        for (Table t : tables) {
            if (t.failure != null) {
                json.writeStartObject();
                json.writeStringField("file", t.file.toString());
                json.writeStringField("reason", t.failure);
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
