package io.github.wageoutlook.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The arguments of one subcommand: positional values and {@code --name value} or {@code --flag} options
 * ({@code --name=value} also works).
 *
 * <pre>{@code Arguments a = Arguments.parse(List.of("43-4051", "--year", "2018"), Set.of("year"), Set.of());}</pre>
 */
public final class Arguments {
    /** The most edits between a mistyped option and the one suggested for it. */
    private static final int MAX_EDITS = 2;
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private final List<String> positional;
    private final Map<String, String> options;
    private final Map<String, List<String>> repeated;

    private Arguments(List<String> positional, Map<String, String> options, Map<String, List<String>> repeated) {
        this.positional = List.copyOf(positional);
        this.options = Map.copyOf(options);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        repeated.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.repeated = Map.copyOf(copy);
    }

    /**
     * Parses raw arguments where some valued options may be given several times ({@code --file a --file b}).
     *
     * @param raw the words after the command name
     * @param valued options that take a value
     * @param flags options that take none
     * @param repeatable the valued options that may repeat; read them with {@link #options(String)}
     * @return the parsed arguments
     * @throws UsageException for an unknown option, a missing value, or a non-repeatable option given twice
     */
    public static Arguments parse(List<String> raw, Set<String> valued, Set<String> flags, Set<String> repeatable) {
        Set<String> all = new java.util.HashSet<>(valued);
        all.addAll(repeatable);
        List<String> once = new ArrayList<>();
        Map<String, List<String>> many = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String word = raw.get(i);
            String name = word.startsWith("--") ? word.substring(2).split("=", 2)[0] : "";
            if (repeatable.contains(name)) {
                String value = word.contains("=") ? word.substring(word.indexOf('=') + 1) : null;
                if (value == null) {
                    if (i + 1 >= raw.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = raw.get(++i);
                }
                many.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                once.add(word);
            }
        }
        Arguments parsed = parse(once, all, flags);
        return new Arguments(parsed.positional, parsed.options, many);
    }

    /**
     * The values of an option that may be given several times, in order.
     *
     * @param name the option, without dashes
     * @return its values, empty if not given
     */
    public List<String> options(String name) {
        return repeated.getOrDefault(name, List.of());
    }

    /**
     * Parses raw arguments.
     *
     * @param raw the words after the command name
     * @param valued options that take a value
     * @param flags options that take none
     * @return the parsed arguments
     * @throws UsageException for an unknown option or a missing value
     */
    public static Arguments parse(List<String> raw, Set<String> valued, Set<String> flags) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String word = raw.get(i);
            if (!word.startsWith("--") || word.length() == 2) {
                positional.add(word);
                continue;
            }
            String name = word.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name) && value == null) {
                options.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= raw.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = raw.get(++i);
                }
                if (options.put(name, value) != null) {
                    throw new UsageException("option --" + name + " is given twice");
                }
            } else {
                List<String> known = new ArrayList<>();
                valued.forEach(v -> known.add("--" + v));
                flags.forEach(f -> known.add("--" + f));
                known.sort(null);
                throw new UsageException("unknown option --" + name + nearest(name, known).map(n -> "; did you mean "
                        + n + "?").orElse("") + (known.isEmpty() ? "" : "; known: " + known));
            }
        }
        return new Arguments(positional, options, Map.of());
    }

    /**
     * The known option nearest to a mistyped one, by Levenshtein distance (Apache Commons Text): at most two edits
     * ({@code --yaer} for {@code --year}, a swap being two) and fewer than the name has letters; the first in
     * order of a tie.
     *
     * @param name the mistyped option, without dashes
     * @param known the known options, with dashes, sorted
     * @return the suggestion, if one is near enough
     */
    static Optional<String> nearest(String name, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = LEVENSHTEIN.apply(name, k.substring(2));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return bestDistance <= MAX_EDITS && bestDistance < name.length() ? Optional.of(best) : Optional.empty();
    }

    /** @return the positional values, in order */
    public List<String> positional() {
        return positional;
    }

    /**
     * A positional value that must be there.
     *
     * @param index 0-based position
     * @param what its name, for the message
     * @return the value
     * @throws UsageException if absent
     */
    public String required(int index, String what) {
        if (index >= positional.size()) {
            throw new UsageException("missing " + what);
        }
        return positional.get(index);
    }

    /**
     * Checks that there are no more positional values than the command uses.
     *
     * @param max how many the command takes
     * @throws UsageException if there are more
     */
    public void atMost(int max) {
        if (positional.size() > max) {
            throw new UsageException("unexpected argument '" + positional.get(max) + "'");
        }
    }

    /**
     * @param name the option, without dashes
     * @return its value, if given
     */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /**
     * @param name a flag, without dashes
     * @return true if given
     */
    public boolean flag(String name) {
        return options.containsKey(name);
    }

    /**
     * An integer option.
     *
     * @param name the option
     * @return its value, if given
     * @throws UsageException if not an integer
     */
    public Optional<Integer> intOption(String name) {
        return option(name).map(v -> parseInt(v, "--" + name));
    }

    /**
     * A decimal option.
     *
     * @param name the option
     * @return its value, if given
     * @throws UsageException if not a number
     */
    public Optional<Double> doubleOption(String name) {
        return option(name).map(v -> parseDouble(v, "--" + name));
    }

    /**
     * Parses an integer argument.
     *
     * @param text the text
     * @param what the argument's name, for the message
     * @return the integer
     * @throws UsageException if not an integer
     */
    public static int parseInt(String text, String what) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(what + " must be a whole number, got '" + text + "'");
        }
    }

    /**
     * Parses a year: four digits from 1000 on, so that "24" or "0014" is an error rather than the year 24 or 14.
     *
     * @param text the text
     * @param what the argument's name, for the message
     * @return the year
     * @throws UsageException if not a four-digit year
     */
    public static int parseYear(String text, String what) {
        if (!text.strip().matches("[1-9]\\d{3}")) {
            throw new UsageException(what + " must be a four-digit year, e.g. 2024, got '" + text + "'");
        }
        return Integer.parseInt(text.strip());
    }

    /**
     * Parses a decimal argument; {@code $} and thousands separators are allowed ({@code $40,000}).
     *
     * @param text the text
     * @param what the argument's name, for the message
     * @return the number
     * @throws UsageException if not a finite number
     */
    public static double parseDouble(String text, String what) {
        String t = text.strip().replace("$", "").replace(",", "");
        // Decimal notation only: Java would also take "100d", "0x1p3" and "NaN".
        if (!t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,3})?")) {
            throw new UsageException(what + " must be a number, got '" + text + "'");
        }
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException(what + " must be a number, got '" + text + "'");
        }
    }
}
