package io.workplan.cli;

import io.workplan.core.WorkplanException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code workplan} command: summaries of progress sheets against the schedule, checks,
 * quarter-over-quarter comparisons.
 *
 * <p>Exit codes: 0 done; 1 the input has problems (each listed on standard error with its sheet
 * and cell); 2 the command line is wrong; 3 a file could not be read or written.
 */
@Command(
        name = "workplan",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Progress of government work-plan tasks (政府工作报告主要任务完成情况): "
                + "summaries against the schedule (序时进度), checks and comparisons of the official sheets.",
        subcommands = {SummaryCommand.class, BehindCommand.class, CheckCommand.class, CompareCommand.class, ConvertCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:the input has problems (listed on standard error)",
            "2:wrong command line",
            "3:a file could not be read or written"
        })
public final class Main {
    /** The input has problems. */
    static final int PROBLEMS = 1;
    /** A file could not be read or written. */
    static final int IO_ERROR = 3;

    static {
        // Apache POI logs through log4j-api; without a provider it complains on every run. The tool
        // reports problems itself, so POI's log goes to log4j's simple logger, switched off.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }

    private Main() {}

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
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
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof WorkplanException) {
                err.println(e.getMessage());
                // a file that cannot be read or written is an I/O error, whichever module says so
                return e.getCause() instanceof java.io.IOException ? IO_ERROR : PROBLEMS;
            }
            if (e instanceof java.io.UncheckedIOException) {
                err.println("workplan: " + e.getCause().getMessage());
                return IO_ERROR;
            }
            throw e;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The version of the tool, from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"workplan " + (version == null ? "(development build)" : version)};
        }
    }
}
