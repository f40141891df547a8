package io.github.wageoutlook.cli;

import io.github.wageoutlook.fetch.FetchException;
import io.github.wageoutlook.fetch.MissingContactException;
import io.github.wageoutlook.fetch.NotCachedException;
import io.github.wageoutlook.io.FileFormatException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command-line front: {@code java -jar wage-outlook.jar <command> [arguments]}, on the embedded BLS data.
 *
 * <p>Exit codes: 0 success, 2 bad arguments (or no contact e-mail for fetching), 3 unknown occupation, year or file
 * (a file not cached in offline mode, or not on BLS's server), 4 a data file that cannot be read, 5 BLS's server
 * refused or kept failing, 1 anything else.
 *
 * <pre>{@code java -jar target/wage-outlook.jar profile 43-4051 --year 2018}</pre>
 */
public final class Main {
    /** Exit code for bad arguments. */
    public static final int EXIT_USAGE = 2;
    /** Exit code for an unknown occupation, year or file. */
    public static final int EXIT_NOT_FOUND = 3;
    /** Exit code for a data file that cannot be read. */
    public static final int EXIT_BAD_DATA = 4;
    /** Exit code for a download or API request that BLS's server refused or that kept failing. */
    public static final int EXIT_NETWORK = 5;

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
                new ExperienceCommand(),
                new OutlookCommand(),
                new HistoryCommand(),
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
            return args.length == 0 ? EXIT_USAGE : 0;
        }
        Command command = main.commands.get(args[0]);
        if (command == null) {
            err.println("wage-outlook: unknown command '" + args[0] + "'. Commands: "
                    + String.join(", ", main.commands.keySet()) + ". Try --help.");
            return EXIT_USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            main.printUsage(command, out);
            return 0;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("wage-outlook " + command.name() + ": " + e.getMessage());
            err.println("usage: wage-outlook " + command.usage());
            return EXIT_USAGE;
        } catch (NotFoundException e) {
            err.println("wage-outlook " + command.name() + ": " + e.getMessage());
            return EXIT_NOT_FOUND;
        } catch (FileFormatException e) {
            err.println("wage-outlook " + command.name() + ": cannot read data: " + e.getMessage());
            return EXIT_BAD_DATA;
        } catch (IllegalArgumentException e) {
            err.println("wage-outlook " + command.name() + ": " + e.getMessage());
            return EXIT_USAGE;
        } catch (MissingContactException e) {
            err.println("wage-outlook " + command.name() + ": " + e.getMessage());
            return EXIT_USAGE;
        } catch (NotCachedException e) {
            err.println("wage-outlook " + command.name() + ": " + e.getMessage());
            return EXIT_NOT_FOUND;
        } catch (FetchException e) {
            err.println("wage-outlook " + command.name() + ": " + e.getMessage());
            return e.isNotFound() ? EXIT_NOT_FOUND : EXIT_NETWORK;
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
        out.println("exit codes: 0 ok, 2 bad arguments, 3 unknown occupation/year/file, 4 unreadable data file, "
                + "5 BLS refused or kept failing (fetch)");
    }

    private void printUsage(Command command, PrintStream out) {
        out.println("usage: wage-outlook " + command.usage());
        out.println(command.summary());
    }
}
