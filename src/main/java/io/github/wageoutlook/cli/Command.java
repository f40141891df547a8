package io.github.wageoutlook.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of the command-line front ({@code profile}, {@code rank}, …).
 *
 * <p>A command parses its words with {@link Arguments}, prints its result to {@code out}, and returns the process exit code.
 * Bad arguments are reported by throwing {@link UsageException}, which {@link Main} prints with the command's usage
 * and exit code 2; an unknown occupation or year is a {@link NotFoundException} (exit code 3).
 */
public interface Command {

    /** @return the name typed on the command line, e.g. {@code profile} */
    String name();

    /** @return the usage line, e.g. {@code profile <soc-code|title> [--year YYYY]} */
    String usage();

    /** @return one sentence saying what the command prints */
    String summary();

    /**
     * Runs the command.
     *
     * @param args the words after the command name; parse them with {@link Arguments#parse}
     * @param out where results go
     * @return the exit code, 0 on success
     * @throws UsageException for arguments the command cannot use
     * @throws NotFoundException for an occupation, year or file that does not exist
     */
    int run(List<String> args, PrintStream out);

    /**
     * Runs the command with a stream for progress and notes ({@code fetch} draws its progress bar there); by default
     * the same as {@link #run(List, PrintStream)}.
     *
     * @param args the words after the command name
     * @param out where results go
     * @param err where progress and notes go
     * @return the exit code, 0 on success
     */
    default int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out);
    }
}
