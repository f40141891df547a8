package io.github.wageoutlook.cli;

import io.github.wageoutlook.oews.Oews;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command-line front: {@code java -jar wage-outlook.jar <command> [arguments]}, on the embedded BLS data.
 *
 * <p>Exit codes ({@link ExitCode}, printed by {@code --help}): 0 ok, 1 internal error, 2 bad usage (including rows
 * of several areas, industries or ownerships where one is needed, or no contact e-mail for fetching), 3 not found
 * (occupation, group, year, area, industry, ownership, file; a file not cached in offline mode or not on BLS's
 * server), 4 a file that exists but cannot be read, 5 a text matching several occupations, areas, industries or
 * ownerships, 6 BLS's server refused or kept failing.
 *
 * <pre>{@code java -jar target/wage-outlook.jar profile 43-4051 --year 2018}</pre>
 */
public final class Main {
    /** Exit code for bad arguments ({@link ExitCode#USAGE}). */
    public static final int EXIT_USAGE = 2;
    /** Exit code for an unknown occupation, group, year, area or file ({@link ExitCode#NOT_FOUND}). */
    public static final int EXIT_NOT_FOUND = 3;
    /** Exit code for a file that exists but cannot be read ({@link ExitCode#UNREADABLE}). */
    public static final int EXIT_BAD_DATA = 4;
    /** Exit code for a title that matches several occupations ({@link ExitCode#AMBIGUOUS}). */
    public static final int EXIT_AMBIGUOUS = 5;
    /** Exit code for a download or API request that BLS's server refused or that kept failing. */
    public static final int EXIT_NETWORK = 6;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    private Main(List<Command> all) {
        all.forEach(c -> commands.put(c.name(), c));
    }

    /** @return the commands, in the order help lists them */
    static List<Command> commands() {
        return List.of(
                new ProfileCommand(),
                new RankCommand(),
                new PercentileCommand(),
                new GroupCommand(),
                new CompareCommand(),
                new SimilarCommand(),
                new ExperienceCommand(),
                new OutlookCommand(),
                new HistoryCommand(),
                new InflateCommand(),
                new AccuracyCommand(),
                new DatasetsCommand(),
                new FetchCommand());
    }

    /**
     * Runs the front and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Tablesaw logs through SLF4J; without a binding, SLF4J 2 prints a three-line warning on every run.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs one command line and returns its exit code, without exiting (for tests and embedding).
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Main main = new Main(commands());
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            if (args.length > 1 && main.commands.containsKey(args[1])) {
                main.printUsage(main.commands.get(args[1]), out);
            } else {
                main.printHelp(out);
            }
            return args.length == 0 ? ExitCode.USAGE.code() : ExitCode.OK.code();
        }
        if (args[0].equals("--version") || args[0].equals("-V")) {
            out.println("wage-outlook " + Version.text());
            return ExitCode.OK.code();
        }
        Command command = main.commands.get(args[0]);
        if (command == null) {
            err.println("wage-outlook: unknown command '" + args[0] + "'. Commands: "
                    + String.join(", ", main.commands.keySet()) + ". Try --help.");
            return ExitCode.USAGE.code();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            main.printUsage(command, out);
            return ExitCode.OK.code();
        }
        try {
            return Diagnostics.with(err, () -> command.run(rest, out, err));
        } catch (RuntimeException e) {
            ExitCode code = ExitCode.from(e);
            String prefix = "wage-outlook " + command.name() + ": ";
            switch (code) {
                case USAGE -> {
                    err.println(prefix + e.getMessage());
                    if (e instanceof UsageException) {
                        err.println("usage: wage-outlook " + command.usage());
                    }
                }
                case UNREADABLE -> err.println(prefix + (e instanceof java.io.UncheckedIOException
                        || e instanceof io.github.wageoutlook.fetch.CacheFolderException ? "" : "cannot read data: ")
                        + e.getMessage());
                case INTERNAL_ERROR -> {
                    err.println(prefix + "internal error, please report it with the command line: " + e);
                    e.printStackTrace(err);
                }
                default -> err.println(prefix + e.getMessage());
            }
            return code.code();
        }
    }

    private void printHelp(PrintStream out) {
        out.println("wage-outlook: salary and job-outlook analytics on embedded BLS data");
        out.println();
        out.println("usage: java -jar wage-outlook.jar <command> [arguments]   (--help after a command for its usage)");
        out.println();
        out.println("commands:");
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(8);
        for (Command c : commands.values()) {
            out.printf("  %-" + width + "s  %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("data: OEWS May " + Oews.nationalYears().get(0) + "-" + Oews.latestYear() + " (default year: May "
                + Oews.latestYear() + "), Employment Projections, CPI-U");
        out.println("An occupation is a SOC code (43-4051, 434051) or words of its title; a misspelt title gets the "
                + "nearest titles.");
        out.println("Hints (e.g. a salary that looks hourly) go to standard error; results to standard output.");
        out.println();
        out.println("exit codes:");
        out.print(ExitCode.table());
        out.println();
        out.println("--version prints the version.");
    }

    private void printUsage(Command command, PrintStream out) {
        out.println("usage: wage-outlook " + command.usage());
        out.println(command.summary());
    }
}
