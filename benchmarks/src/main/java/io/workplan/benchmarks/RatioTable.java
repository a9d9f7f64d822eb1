package io.workplan.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's CSV results ({@code -rf csv}) and the {@link HeapFloor} harness's (same columns) into
 * one Markdown table: each benchmark method named {@code workplan*} against every other method of
 * its class measured with the same parameters, with the ratio peer / workplan (above 1: workplan
 * is faster, or needs less heap). Where the parameters name {@code tasks} and the score is a
 * time, workplan's rows per second are given too. A result with a {@code reader} parameter (one
 * method measuring every reader of {@link SheetReaders}, as {@link ExcelReadBenchmark}) is named
 * after its reader ({@link SheetReaders#method()}, as {@link ReadCpuTime} and {@link HeapFloor}
 * name theirs), and the reader is not one of its parameters.
 *
 * <pre>{@code java -cp benchmarks.jar io.workplan.benchmarks.RatioTable results/*.csv}</pre>
 */
public final class RatioTable {

    /** The parameter naming the reader a result measures, one of {@link SheetReaders}. */
    static final String READER = "reader";

    private RatioTable() {}

    /** One line of results. */
    record Result(String className, String method, String params, String mode, double score, double error, String unit,
            boolean atLeast) {
        boolean isWorkplan() {
            return method.startsWith("workplan");
        }

        String group() {
            return className + " " + params;
        }
    }

    /**
     * Prints the table to standard output.
     *
     * @param args the CSV files
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        List<Result> results = new ArrayList<>();
        for (String arg : args) {
            results.addAll(parse(Files.readAllLines(Path.of(arg), StandardCharsets.UTF_8)));
        }
        print(results, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    static List<Result> parse(List<String> lines) {
        List<Result> results = new ArrayList<>();
        if (lines.isEmpty()) {
            return results;
        }
        List<String> header = fields(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = fields(line);
            String benchmark = f.get(header.indexOf("Benchmark"));
            int dot = benchmark.lastIndexOf('.');
            String qualifiedClass = benchmark.substring(0, dot);
            String method = benchmark.substring(dot + 1);
            StringBuilder params = new StringBuilder();
            for (int i = 0; i < header.size(); i++) {
                if (!header.get(i).startsWith("Param: ") || i >= f.size() || f.get(i).isEmpty()) {
                    continue;
                }
                String param = header.get(i).substring(7);
                if (param.equals(READER)) {
                    method = SheetReaders.valueOf(f.get(i)).method();
                } else {
                    params.append(params.length() == 0 ? "" : " ").append(param).append('=').append(f.get(i));
                }
            }
            String error = f.get(header.indexOf("Score Error (99.9%)"));
            String score = f.get(header.indexOf("Score"));
            boolean atLeast = score.startsWith(">"); // the heap harness's "more than the largest step"
            results.add(new Result(qualifiedClass.substring(qualifiedClass.lastIndexOf('.') + 1), method, params.toString(),
                    f.get(header.indexOf("Mode")), number(atLeast ? score.substring(1) : score),
                    error.isEmpty() ? Double.NaN : number(error), f.get(header.indexOf("Unit")), atLeast));
        }
        return results;
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The fields of a CSV line as JMH writes it: quoted or not, quotes doubled inside. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    static void print(List<Result> results, PrintStream out) {
        Map<String, List<Result>> groups = new LinkedHashMap<>();
        for (Result r : results) {
            groups.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r);
        }
        out.println("| benchmark | parameters | workplan | workplan score | workplan rows/s | workplan µs/task | peer | peer score"
                + " | peer / workplan |");
        out.println("| --- | --- | --- | ---: | ---: | ---: | --- | ---: | ---: |");
        for (List<Result> group : groups.values()) {
            for (Result ours : group) {
                if (!ours.isWorkplan()) {
                    continue;
                }
                for (Result peer : group) {
                    if (peer.isWorkplan() || !peer.unit().equals(ours.unit()) || !peer.mode().equals(ours.mode())) {
                        continue;
                    }
                    boolean higherIsBetter = ours.mode().equals("thrpt");
                    double ratio = higherIsBetter ? ours.score() / peer.score() : peer.score() / ours.score();
                    String shown = !Double.isFinite(ratio) || ours.atLeast() ? "n/a"
                            : (peer.atLeast() ? "> " : "") + String.format(Locale.ROOT, "%.2f", ratio);
                    double perSecond = rowsPerSecond(ours);
                    out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", ours.className(), ours.params(),
                            ours.method(), score(ours), Double.isNaN(perSecond) ? "" : String.format(Locale.ROOT, "%,.0f", perSecond),
                            Double.isNaN(perSecond) ? "" : String.format(Locale.ROOT, "%.2f", 1e6 / perSecond), peer.method(),
                            score(peer), shown);
                }
            }
        }
    }

    private static String score(Result r) {
        if (Double.isNaN(r.score())) {
            return "failed";
        }
        String error = Double.isFinite(r.error()) && r.error() > 0 ? String.format(Locale.ROOT, " ± %s", round(r.error())) : "";
        return (r.atLeast() ? "> " : "") + round(r.score()) + error + " " + r.unit();
    }

    private static String round(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%,.0f" : v >= 10 ? "%.1f" : "%.3g", v);
    }

    /** The tasks a second of a result with a {@code tasks} parameter and a time unit, else NaN. */
    private static double rowsPerSecond(Result r) {
        double seconds = switch (r.unit()) {
            case "s/op" -> 1;
            case "ms/op" -> 1e-3;
            case "us/op" -> 1e-6;
            case "ns/op" -> 1e-9;
            default -> Double.NaN;
        };
        String tasks = null;
        for (String p : r.params().split(" ")) {
            if (p.startsWith("tasks=")) {
                tasks = p.substring(6);
            }
        }
        if (tasks == null || Double.isNaN(seconds) || !(r.score() > 0)) {
            return Double.NaN;
        }
        return Double.parseDouble(tasks) / (r.score() * seconds);
    }
}
