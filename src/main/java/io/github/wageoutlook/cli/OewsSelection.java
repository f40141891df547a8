package io.github.wageoutlook.cli;

import io.github.wageoutlook.fetch.OewsFile;
import io.github.wageoutlook.io.FileFormatException;
import io.github.wageoutlook.oews.Area;
import io.github.wageoutlook.oews.Context;
import io.github.wageoutlook.oews.ContextLookup;
import io.github.wageoutlook.oews.AreaType;
import io.github.wageoutlook.oews.Industry;
import io.github.wageoutlook.oews.LookupException;
import io.github.wageoutlook.oews.MixedContextsException;
import io.github.wageoutlook.oews.Oews;
import io.github.wageoutlook.oews.OewsTable;
import io.github.wageoutlook.oews.Ownership;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which OEWS rows an occupation command works on: the options {@code --year}, {@code --area}, {@code --industry},
 * {@code --ownership} and {@code --file PATH} (repeatable, any OEWS file: state, metropolitan, all-data, industry),
 * read in one place for every command.
 *
 * <p>Without {@code --file}, the embedded data: the national file of the year (the latest by default) and, when an
 * industry or ownership is asked for, the embedded industry estimates by sector of that year; a state or
 * metropolitan {@code --area} (or {@code compare --by state|metro|nonmetro}) reads BLS's state or metropolitan file
 * from the cache or from BLS. With {@code --file}, the files' rows (an OEWS workbook or CSV, or BLS's zip as
 * downloaded, {@code oesm24st.zip}), of the year asked for (the latest in them by default). Then {@code --area},
 * {@code --industry} and {@code --ownership} narrow the rows through the library's lookups ({@code ContextLookup};
 * an area also by the places of {@link Places}: a metropolitan area by any principal city); what is not asked
 * for falls back to the nation, all industries and all ownerships when the rows hold them, else to the only value
 * left; when several remain, the command stops and names them.
 *
 * <pre>{@code OewsTable t = OewsSelection.oneContext(args, "profile of 43-4051");}</pre>
 */
final class OewsSelection {
    /** The valued options read here, besides {@code file}. */
    static final Set<String> OPTIONS = Set.of("year", "area", "industry", "ownership");
    /** The repeatable option naming OEWS files. */
    static final String FILE = "file";
    /**
     * The options of a state or metropolitan {@code --area} read from BLS through the cache, as the {@code fetch}
     * command takes them: the contact e-mail BLS asks for and the cache folder.
     */
    static final Set<String> FETCH_OPTIONS = Set.of("contact", "cache");
    /** BLS's name of an OEWS zip as a browser saves it: {@code oesm24st.zip}, {@code oesm24ma (1).zip}. */
    /** The flag that reads a state or metropolitan file from the cache only. */
    static final String OFFLINE = "offline";
    /** How the options read in a usage line. */
    static final String USAGE = "[--year YYYY (default " + Oews.latestYear() + ")] [--area A] [--industry NAICS]"
            + " [--ownership O] [--file PATH]... [--contact EMAIL] [--cache DIR] [--offline]";

    private OewsSelection() {
    }

    /**
     * The valued options of an occupation command: these, {@code format}, and the command's own.
     *
     * @param chart whether the command draws a chart ({@code --chart})
     * @param own the command's own valued options
     * @return the option names
     */
    static Set<String> options(boolean chart, String... own) {
        Set<String> all = new HashSet<>(chart ? Output.options(own) : Output.formatOptions(own));
        all.addAll(OPTIONS);
        return all;
    }

    /**
     * Parses an occupation command's words.
     *
     * @param words the words after the command name
     * @param valued its valued options (see {@link #options(boolean, String...)})
     * @param flags its flags
     * @return the arguments, {@code --file} repeatable
     */
    static Arguments parse(List<String> words, Set<String> valued, Set<String> flags) {
        Set<String> v = new HashSet<>(valued);
        v.addAll(FETCH_OPTIONS);
        Set<String> f = new HashSet<>(flags);
        f.add(OFFLINE);
        return Arguments.parse(words, v, f, Set.of(FILE));
    }

    /** @return true when the user chose files, an area, an industry or an ownership (not the national default) */
    static boolean isNarrowed(Arguments args) {
        return !args.options(FILE).isEmpty() || args.option("area").isPresent() || args.option("industry").isPresent()
                || args.option("ownership").isPresent();
    }

    /**
     * The rows of the year asked for, before area, industry and ownership are chosen.
     *
     * @param args the parsed arguments
     * @param industries whether the embedded industry estimates are wanted even without {@code --industry}
     * @return the rows
     * @throws NotFoundException for a file, a year or embedded data that does not exist
     */
    static OewsTable year(Arguments args, boolean industries) {
        return year(args, industries, Optional.empty());
    }

    /**
     * The rows of the year asked for, from the BLS file that holds the areas a command compares when no
     * {@code --file} is given: {@code compare --by state} reads the state file from the cache or from BLS the way
     * {@code --area TX} does.
     *
     * @param args the parsed arguments
     * @param industries whether the embedded industry estimates are wanted even without {@code --industry}
     * @param compared the type of the areas compared, e.g. {@code STATE} for {@code --by state}; empty for none
     * @return the rows
     * @throws NotFoundException for a file, a year or embedded data that does not exist
     */
    static OewsTable year(Arguments args, boolean industries, Optional<AreaType> compared) {
        OewsTable all = allYears(args, industries, args.intOption("year"), compared);
        List<Integer> years = all.years();
        int year = args.intOption("year").orElse(years.get(years.size() - 1));
        if (!years.contains(year)) {
            throw new NotFoundException("no OEWS data for May " + year + " in " + source(args) + "; it holds "
                    + years);
        }
        return years.size() == 1 ? all : all.year(year);
    }

    /**
     * The rows of every year the source holds: the files given, or the embedded national years (and, when an industry
     * or ownership is asked for, the embedded industry years).
     *
     * @param args the parsed arguments
     * @param industries whether the embedded industry estimates are wanted even without {@code --industry}
     * @return the rows
     * @throws NotFoundException for a file that does not exist
     */
    static OewsTable allYears(Arguments args, boolean industries) {
        return allYears(args, industries, args.intOption("year"), Optional.empty());
    }

    /**
     * The rows of one given year (a command whose year comes from another option, e.g. {@code --rebase-year}), then
     * as {@link #oneContext(OewsTable, Arguments, String)} narrows them.
     *
     * @param args the parsed arguments
     * @param year the May survey year
     * @param what the command's purpose, for a message
     * @return rows of one year, area, industry and ownership
     * @throws NotFoundException for a year, file, area, industry or ownership that does not exist
     */
    static OewsTable oneContext(Arguments args, int year, String what) {
        OewsTable all = allYears(args, false, Optional.of(year), Optional.empty());
        if (!all.years().contains(year)) {
            throw new NotFoundException("no OEWS data for May " + year + " in " + source(args) + "; it holds "
                    + all.years());
        }
        return oneContext(all.years().size() == 1 ? all : all.year(year), args, what);
    }

    private static OewsTable allYears(Arguments args, boolean industries, Optional<Integer> asked,
                                      Optional<AreaType> compared) {
        List<String> files = args.options(FILE);
        if (!files.isEmpty()) {
            List<OewsTable> tables = new ArrayList<>();
            for (String f : files) {
                if (f.isBlank()) {
                    throw new UsageException("--file needs the path of an OEWS file (.xlsx or .csv), got '" + f + "'");
                }
                Path path = Path.of(f);
                if (Files.isDirectory(path)) {
                    throw new UsageException("--file " + f + " is a folder; give an OEWS file in it (.xlsx or .csv)");
                }
                if (!Files.isRegularFile(path)) {
                    throw new NotFoundException("no such file: " + f);
                }
                OewsTable t = OewsFiles.read(path);
                if (t.size() == 0) {
                    // Every command needs rows: a header alone is the file's problem (exit 4), not a crash.
                    throw FileFormatException.in(path.getFileName().toString())
                            .problem("the file holds a header but no rows of OEWS data");
                }
                tables.add(t);
            }
            return tables.size() == 1 ? tables.get(0) : OewsTable.concat(tables);
        }
        Optional<String> area = args.option("area");
        Optional<AreaType> wanted = area.isPresent() ? Optional.of(Places.type(area.get())) : compared;
        Optional<OewsFile> areaFile = wanted.flatMap(t -> Places.file(t, asked.orElse(Oews.latestYear())));
        if (areaFile.isPresent()) {
            return OewsFiles.fetched(args, areaFile.get(), area.map(a -> "--area " + a)
                    .orElse("--by " + args.option("by").orElse("")));
        }
        boolean wantIndustries = industries || args.option("industry").isPresent()
                || args.option("ownership").isPresent();
        List<Integer> national = Oews.nationalYears();
        if (asked.isPresent()) {
            int year = asked.get();
            if (!national.contains(year) && !Oews.industryYears().contains(year)) {
                throw new NotFoundException("no OEWS data for " + year + "; embedded years are " + national.get(0)
                        + "–" + national.get(national.size() - 1) + " (national), " + Oews.industryYears()
                        + " (industries by sector); give --file for others");
            }
            List<OewsTable> tables = new ArrayList<>();
            if (national.contains(year)) {
                tables.add(Oews.national(year));
            }
            if (wantIndustries) {
                tables.add(Oews.industryYears().contains(year) ? Oews.industries(year)
                        : OewsFiles.fetched(args, OewsFile.industry(year, OewsFile.Kind.SECTOR), args.option("industry")
                        .map(i -> "--industry " + i).or(() -> args.option("ownership").map(o -> "--ownership " + o))
                        .orElse("By industry")));
            }
            return tables.size() == 1 ? tables.get(0) : OewsTable.concat(tables);
        }
        if (wantIndustries) {
            int year = Oews.industryYears().get(Oews.industryYears().size() - 1);
            if (year != national.get(national.size() - 1)) {
                Diagnostics.err().println("The embedded industry estimates are of May " + Oews.industryYears()
                        .stream().map(String::valueOf).collect(Collectors.joining(", ")) + ": using May " + year
                        + " (national figures default to May " + national.get(national.size() - 1) + "; --year "
                        + national.get(national.size() - 1) + " reads BLS's industry file of that year from the cache"
                        + " or from BLS)");
            }
            return national.contains(year) ? OewsTable.concat(List.of(Oews.national(year), Oews.industries(year)))
                    : Oews.industries(year);
        }
        return Oews.national(national.get(national.size() - 1));
    }

    /**
     * The rows of one context: the year asked for, then {@code --area}, {@code --industry}, {@code --ownership}, and
     * the defaults for what is not asked for.
     *
     * @param args the parsed arguments
     * @param what the command's purpose, for a message, e.g. {@code "the profile of 43-4051"}
     * @return rows of one year, area, industry and ownership
     * @throws NotFoundException for an unknown area, industry or ownership (naming the nearest), or missing data
     * @throws UsageException for an ambiguous one, or when several contexts remain (naming them)
     */
    static OewsTable oneContext(Arguments args, String what) {
        return oneContext(year(args, false), args, what);
    }

    /**
     * The rows of one context from rows of one year ({@link #year(Arguments, boolean)}), for a command that also
     * uses the year's other rows.
     *
     * @param year the rows of the year
     * @param args the parsed arguments
     * @param what the command's purpose, for a message
     * @return rows of one year, area, industry and ownership
     */
    static OewsTable oneContext(OewsTable year, Arguments args, String what) {
        return select(year, args, what).rows();
    }

    /**
     * The rows of one context, as {@link #oneContext(Arguments, String)}, with the defaults chosen on the way.
     *
     * @param args the parsed arguments
     * @param what the command's purpose, for a message
     * @return the rows of one year, area, industry and ownership, and the defaults chosen
     */
    static Selection select(Arguments args, String what) {
        return select(year(args, false), args, what);
    }

    /**
     * The rows of one context from rows of one year, as {@link #oneContext(OewsTable, Arguments, String)}, with the
     * defaults chosen on the way.
     *
     * @param year the rows of the year
     * @param args the parsed arguments
     * @param what the command's purpose, for a message
     * @return the rows of one year, area, industry and ownership, and the defaults chosen
     */
    static Selection select(OewsTable year, Arguments args, String what) {
        Selection s = narrowed(year, args, true, true, true);
        try {
            s.rows().singleContext(what, "");
        } catch (MixedContextsException e) {
            throw new UsageException(e.getMessage());
        }
        return s;
    }

    /**
     * Rows narrowed by what was asked for and by the defaults for the rest, with the defaults chosen where the rows
     * held several values (the nation among a file's areas): a command names them in its header
     * ({@link #label(Context)}, {@link #note()}); {@link OewsSelection#narrowed} says them on standard error.
     *
     * @param rows the rows
     * @param defaults the defaults chosen, in the order area, industry, ownership; empty when nothing was chosen
     *     among several
     */
    record Selection(OewsTable rows, List<Choice> defaults) {
        /**
         * Copies the defaults.
         *
         * @param rows the rows
         * @param defaults the defaults chosen
         */
        Selection {
            defaults = List.copyOf(defaults);
        }

        /**
         * A context's label for a header, with the defaults when there are any: {@code Alabama}, or {@code U.S. (by
         * default: U.S. of 2 areas, all industries of 2 industries; choose another with --area, --industry)}.
         *
         * @param c the context of the rows
         * @return the label
         */
        String label(Context c) {
            return c.label() + (defaults.isEmpty() ? "" : " (" + note() + ")");
        }

        /** @return {@code by default: …; choose another with --area, …}, or empty when nothing was a default */
        String note() {
            if (defaults.isEmpty()) {
                return "";
            }
            return "by default: " + defaults.stream().map(d -> d.chosen() + " of " + d.among() + " " + d.plural())
                    .collect(Collectors.joining(", ")) + "; choose another with " + defaults.stream()
                    .map(Choice::option).collect(Collectors.joining(", "));
        }
    }

    /**
     * One default chosen among several values.
     *
     * @param option the option that chooses otherwise, e.g. {@code --area}
     * @param chosen what was chosen, in words, e.g. {@code all industries}
     * @param column the name of its code, e.g. {@code NAICS}
     * @param code its code as the option takes it, e.g. {@code 000000}
     * @param among how many values the rows held
     * @param plural the dimension's plural, e.g. {@code areas}
     * @param example another value, as the option takes it, e.g. {@code 06, California}
     */
    record Choice(String option, String chosen, String column, String code, int among, String plural,
                  String example) {
    }

    /**
     * Applies {@code --area}, {@code --industry} and {@code --ownership}, and the defaults for the dimensions not
     * asked for that are fixed ({@code fixArea} etc.): the nation, all industries, all ownerships when the rows hold
     * them, else the only value left.
     *
     * @param t the rows
     * @param args the parsed arguments
     * @param fixArea whether to choose an area when none is asked for
     * @param fixIndustry whether to choose an industry when none is asked for
     * @param fixOwnership whether to choose an ownership when none is asked for
     * @return the narrowed rows
     */
    static OewsTable narrow(OewsTable t, Arguments args, boolean fixArea, boolean fixIndustry, boolean fixOwnership) {
        return narrowed(t, args, fixArea, fixIndustry, fixOwnership).rows();
    }

    /**
     * As {@link #narrow(OewsTable, Arguments, boolean, boolean, boolean)}, with the defaults chosen among several
     * values, which it also says on standard error with the options that choose another: a file of several contexts
     * answers for one of them, and the user must know which.
     *
     * @param t the rows
     * @param args the parsed arguments
     * @param fixArea whether to choose an area when none is asked for
     * @param fixIndustry whether to choose an industry when none is asked for
     * @param fixOwnership whether to choose an ownership when none is asked for
     * @return the narrowed rows and the defaults chosen
     */
    static Selection narrowed(OewsTable t, Arguments args, boolean fixArea, boolean fixIndustry,
                              boolean fixOwnership) {
        // What is asked for first, so that a default never hides it (--ownership 123 finds the government sector).
        OewsTable out = t;
        if (args.option("area").isPresent()) {
            out = area(t, args);
        }
        if (args.option("industry").isPresent()) {
            out = out.industry(args.option("industry").orElseThrow());
        }
        if (args.option("ownership").isPresent()) {
            out = out.ownership(args.option("ownership").orElseThrow());
        }
        List<Choice> defaults = new ArrayList<>();
        if (fixArea && out.areas().size() > 1 && out.areas().contains(Area.NATIONAL)) {
            Area other = out.areas().stream().filter(a -> !a.isNational()).findFirst().orElseThrow();
            defaults.add(new Choice("--area", Area.NATIONAL.title(), "area", Area.NATIONAL.code(),
                    out.areas().size(), "areas", other.code() + ", " + other.title()));
            out = out.area(Area.NATIONAL);
        }
        if (fixIndustry && out.industries().size() > 1 && out.industries().stream()
                .anyMatch(Industry::isCrossIndustry)) {
            Industry other = out.industries().stream().filter(i -> !i.isCrossIndustry()).findFirst().orElseThrow();
            defaults.add(new Choice("--industry", "all industries", "NAICS", Industry.CROSS_INDUSTRY.naics(),
                    out.industries().size(), "industries", other.naics()));
            out = out.industry(Industry.CROSS_INDUSTRY);
        }
        if (fixOwnership && out.ownerships().size() > 1 && out.ownerships().stream().anyMatch(Ownership::isAll)) {
            Ownership other = out.ownerships().stream().filter(o -> !o.isAll()).findFirst().orElseThrow();
            defaults.add(new Choice("--ownership", "all ownerships", "OWN_CODE", Ownership.ALL.code(),
                    out.ownerships().size(), "ownerships", other.code()));
            out = out.ownership(Ownership.ALL);
        }
        if (!defaults.isEmpty()) {
            String held = defaults.stream().map(d -> d.among() + " " + d.plural()).collect(Collectors.joining(" and "));
            String used = defaults.stream().map(d -> d.chosen() + " (" + d.column() + " " + d.code() + ")")
                    .collect(Collectors.joining(" and "));
            String others = defaults.stream().map(d -> d.option() + " (e.g. " + d.option() + " " + d.example() + ")")
                    .collect(Collectors.joining(" or "));
            Diagnostics.err().println(t.name() + " holds " + held + ": using " + used + " by default; choose another "
                    + "with " + others);
        }
        return new Selection(out, defaults);
    }


    /**
     * The area {@code --area} names in a table: by the table's codes and titles ({@link OewsTable#area(String)}), else
     * by the place it names ({@link Places}): a metropolitan area by a principal city the table's title lacks, or a
     * state's name; a place the table does not hold is named with the file that does.
     */
    private static OewsTable area(OewsTable t, Arguments args) {
        String q = args.option("area").orElseThrow();
        try {
            return t.area(q);
        } catch (LookupException e) {
            if (e.isAmbiguous()) {
                throw e;
            }
            Area place;
            try {
                place = Places.place(q);
            } catch (LookupException notAPlace) {
                throw e;
            }
            Optional<Area> same = Places.in(t.areas(), place);
            if (same.isPresent()) {
                return t.area(same.get());
            }
            List<Integer> years = t.years();
            throw new LookupException(e.dimension(), q, false, List.of(place.toString()), "'" + q + "' is " + place
                    + ", which " + t.name() + " does not hold; " + Places.exampleFile(place.type(),
                    years.get(years.size() - 1)));
        }
    }

    private static String source(Arguments args) {
        List<String> files = args.options(FILE);
        return files.isEmpty() ? "the embedded data" : String.join(", ", files);
    }
}
