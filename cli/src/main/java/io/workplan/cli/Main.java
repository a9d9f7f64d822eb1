package io.workplan.cli;

import io.workplan.core.WorkplanException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code workplan} command: summaries of progress sheets against the schedule, validation,
 * quarter-over-quarter comparisons and conversions.
 *
 * <p>Exit codes: 0 done; 1 the input is invalid (missing, unreadable, or with problems, each listed
 * on standard error with its location); 2 the command line is wrong; 3 the output could not be
 * written, or the tool failed (a bug: {@code --debug} shows the stack trace).
 */
@Command(
        name = "workplan",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Progress of government work-plan tasks (政府工作报告主要任务完成情况): "
                + "summaries against the schedule (序时进度), checks and comparisons of the official sheets.",
        subcommands = {SummaryCommand.class, BehindCommand.class, ValidateCommand.class, CompareCommand.class, ConvertCommand.class,
            BulletinCommand.class, HistoryCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:the input is invalid: missing, unreadable, or with problems (listed on standard error)",
            "2:wrong command line",
            "3:the output could not be written, or the tool failed"
        })
public final class Main {
    /** The input is invalid. */
    static final int INVALID_INPUT = 1;
    /** The output could not be written, or the tool failed. */
    static final int FAILED = 3;

    /** Whether standard error is a terminal (the progress bar is shown only there). */
    private final boolean errIsTerminal;
    /** Standard error itself, for the progress bar's carriage returns; every message goes through the escaping one. */
    private final PrintWriter progressErr;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On failure, show the stack trace as well as the message.")
    boolean debug;

    private Main(boolean errIsTerminal, PrintWriter progressErr) {
        this.errIsTerminal = errIsTerminal;
        this.progressErr = progressErr;
    }

    /** Standard error without the escaping of controls, where the progress bar redraws its line. */
    PrintWriter progressErr() {
        return progressErr;
    }

    /** Whether standard error is a terminal, where a progress bar may be drawn. */
    boolean errIsTerminal() {
        return errIsTerminal;
    }

    /**
     * The platform's charset, or UTF-8 when that cannot write Chinese (Java 17 takes US-ASCII in the
     * POSIX locale, and would print every Chinese character as {@code ?}).
     */
    private static Charset consoleCharset() {
        Charset platform = Charset.defaultCharset();
        return platform.newEncoder().canEncode("序号") ? platform : StandardCharsets.UTF_8;
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        Charset charset = consoleCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        System.exit(run(out, err, Terminal.isStandardError(), args));
    }

    /**
     * Runs the tool, writing to the given streams.
     *
     * @param out standard output
     * @param err standard error
     * @param args the command line
     * @return the exit code
     */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, false, args);
    }

    /**
     * Runs the tool, writing to the given streams.
     *
     * @param rawOut standard output
     * @param rawErr standard error
     * @param errIsTerminal whether {@code err} is a terminal, where a progress bar is drawn
     * @param args the command line
     * @return the exit code
     */
    static int run(PrintWriter rawOut, PrintWriter rawErr, boolean errIsTerminal, String... args) {
        // what the tool prints may hold a cell's text: its controls (ESC, …) are escaped, never sent to the terminal
        PrintWriter out = Terminal.escaping(rawOut);
        PrintWriter err = Terminal.escaping(rawErr);
        Main main = new Main(errIsTerminal, rawErr);
        CommandLine cli = new CommandLine(main);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            int code;
            if (e instanceof InvalidInputException) {
                err.println(e.getMessage());
                code = INVALID_INPUT;
            } else if (e instanceof WorkplanException) {
                // an output that cannot be written fails; a report the writer refuses is invalid input
                err.println(e.getMessage());
                code = e.getCause() instanceof IOException ? FAILED : INVALID_INPUT;
            } else {
                err.println("workplan: the tool failed (a bug; please report it): " + e
                        + (main.debug ? "" : System.lineSeparator() + "Run with --debug to see the stack trace."));
                code = FAILED;
            }
            if (main.debug) {
                e.printStackTrace(err);
            }
            return code;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // the input was too large or too deep for this JVM: said in words, never a stack trace
            String files = java.util.Arrays.stream(args).filter(a -> !a.startsWith("-") && java.nio.file.Files.exists(
                    java.nio.file.Path.of(a))).collect(java.util.stream.Collectors.joining(", "));
            err.println("workplan: " + (e instanceof OutOfMemoryError ? "not enough memory" : "the input is nested too deeply")
                    + " to read " + (files.isEmpty() ? "the input" : files) + " in a heap of "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB"
                    + WholeReports.lastEstimate().map(needed -> " (its whole report needs about " + WholeReports.megabytes(needed) + " MB)")
                            .orElse("")
                    + "; give Java more, for example java -Xmx"
                    + WholeReports.lastEstimate().map(WholeReports::suggestion).orElse("2g") + " -jar workplan.jar …");
            code = INVALID_INPUT;
        }
        out.flush();
        err.flush();
        rawOut.flush();
        rawErr.flush();
        return code;
    }

    /** The version of the tool and the commit it was built from, as the build wrote them into its resources. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"workplan " + version()};
        }

        /** {@code 0.1.0 (commit 0123456789ab)}; without the commit when built without git. */
        static String version() {
            java.util.Properties p = new java.util.Properties();
            try (java.io.InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // no version known: said below
            }
            String version = known(p.getProperty("version"));
            String commit = known(p.getProperty("commit"));
            if (version.isEmpty()) {
                return "(development build)";
            }
            return commit.isEmpty() ? version : version + " (commit " + commit + ")";
        }

        /** A property's value, or empty when the build left it out or unresolved ({@code ${...}}). */
        private static String known(String value) {
            return value == null || value.isBlank() || value.startsWith("${") ? "" : value.strip();
        }
    }
}
