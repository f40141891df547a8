package io.github.wageoutlook.cli;

import io.github.wageoutlook.fetch.BlsSite;
import io.github.wageoutlook.fetch.OewsFile;
import io.github.wageoutlook.inflation.PriceParities;
import io.github.wageoutlook.oews.Area;
import io.github.wageoutlook.oews.AreaType;
import io.github.wageoutlook.oews.ContextLookup;
import io.github.wageoutlook.oews.LookupException;
import java.util.Collection;
import java.util.Optional;

/**
 * The places {@code --area} names before any table is read, and the BLS file that holds each kind: a state or
 * territory by FIPS code, USPS code or name, a metropolitan or nonmetropolitan area by its code (see
 * {@link ContextLookup#expectedAreaType(String)}), and a metropolitan area by its title or any part of it, such as a
 * principal city ({@code Houston}, {@code Birmingham}), as BEA's Regional Price Parities title the 387 metropolitan
 * statistical areas of OMB's 2023 delineation ({@link PriceParities#area(String)}). A misspelling is a
 * {@link LookupException} naming the nearest states and metropolitan areas (the Jaro–Winkler lookup of
 * {@code ContextLookup}).
 */
final class Places {
    private Places() {
    }

    /**
     * The type of area a query names.
     *
     * @param query what follows {@code --area}
     * @return the type
     * @throws LookupException when the query is no state, territory, metropolitan area or code (naming the nearest)
     *     or matches several metropolitan areas (naming them)
     */
    static AreaType type(String query) {
        String q = query.strip();
        if (q.equalsIgnoreCase("national")) {
            return AreaType.NATIONAL;
        }
        return ContextLookup.expectedAreaType(q).orElseGet(() -> place(q).type());
    }

    /**
     * The state, metropolitan area or nation a query names, as BEA's tables title it.
     *
     * @param query e.g. {@code Texas}, {@code Houston}, {@code 26420}
     * @return the area
     * @throws LookupException when nothing or several areas match
     */
    static Area place(String query) {
        PriceParities rpp = PriceParities.bea();
        return ContextLookup.area(query, rpp.areas(), "the U.S. states and the " + rpp.metros().size()
                + " metropolitan areas of BEA's Regional Price Parities");
    }

    /**
     * The same place among a table's areas: the area of the same type and code (a state's FIPS code, a CBSA code).
     *
     * @param areas a table's areas
     * @param place a place from {@link #place(String)}
     * @return the table's area, or empty
     */
    static Optional<Area> in(Collection<Area> areas, Area place) {
        PriceParities rpp = PriceParities.bea();
        return areas.stream().filter(a -> rpp.match(a).equals(Optional.of(place))).findFirst();
    }

    /**
     * The BLS file that holds areas of a type, as the user gives it with {@code --file}: the workbook name and the
     * zip it comes in, at BLS's address.
     *
     * @param type the type of the areas wanted; null for any sub-national area
     * @param year the May survey year
     * @return e.g. {@code states and territories are in BLS's state file: --file state_M2024_dl.xlsx (in
     *     https://www.bls.gov/oes/special-requests/oesm24st.zip)}; metropolitan areas are in {@code MSA_M2024_dl.xlsx}
     *     and nonmetropolitan areas in {@code BOS_M2024_dl.xlsx}, both in {@code oesm24ma.zip}
     */
    static String exampleFile(AreaType type, int year) {
        String zip = url(OewsFile.metro(year));
        String state = "states and territories are in BLS's state file: --file state_M" + year + "_dl.xlsx (in "
                + url(OewsFile.state(year)) + ")";
        String metro = "metropolitan areas are in BLS's file of them: --file MSA_M" + year + "_dl.xlsx (in " + zip
                + ")";
        String nonmetro = "nonmetropolitan areas are in BLS's balance-of-state file: --file BOS_M" + year
                + "_dl.xlsx (in " + zip + ")";
        if (type == null) {
            return state + "; " + metro + "; " + nonmetro;
        }
        return switch (type) {
            case STATE, TERRITORY -> state;
            case METROPOLITAN -> metro;
            case NONMETROPOLITAN -> nonmetro;
            case NATIONAL -> "the nation is in the embedded national files (no --file needed)";
        };
    }

    /**
     * The OEWS zip that holds areas of a type.
     *
     * @param type the type
     * @param year the May survey year
     * @return the state or metropolitan zip; empty for the nation
     */
    static Optional<OewsFile> file(AreaType type, int year) {
        return switch (type) {
            case STATE, TERRITORY -> Optional.of(OewsFile.state(year));
            case METROPOLITAN, NONMETROPOLITAN -> Optional.of(OewsFile.metro(year));
            case NATIONAL -> Optional.empty();
        };
    }

    /**
     * @param file a BLS file
     * @return its address on BLS's own site, for a download by hand
     */
    static String url(OewsFile file) {
        return BlsSite.official().url(file).toString();
    }
}
