package io.github.wageoutlook.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of the command-line front ({@code profile}, {@code rank}, …).
 *
 * <p>A command parses its words with {@link Arguments}, prints its result to {@code out}, and returns the process exit code.
 * It reports failures by throwing; {@link ExitCode#from(RuntimeException)} maps them to codes, in one place: bad
 * arguments are a {@link UsageException} (2, printed with the command's usage), an unknown occupation, group, year or
 * file a {@link NotFoundException} (3), an unreadable file a {@code FileFormatException} (4), a title matching
 * several occupations an {@code OccupationLookupException} (5).
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
     * Runs the command with standard error at hand, for what must not mix with the result: hints (a salary that
     * looks like the other basis, see {@link BasisHint}) and progress ({@code fetch} draws its progress bar there).
     * {@link Main} calls this one; the default ignores {@code err}.
     *
     * @param args the words after the command name
     * @param out where results go
     * @param err where hints, progress and notes go
     * @return the exit code, 0 on success
     */
    default int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out);
    }
}
