package io.workplan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command of the tool has: the command line it runs in, and through it the only two
 * places the tool prints to (standard output and standard error, as {@link Main} set them).
 */
abstract class Subcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** @return where the command's results go: standard output */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** @return where warnings go: standard error */
    final PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
