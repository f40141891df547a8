package io.github.wageoutlook.oews;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * State and territory codes: the two-digit FIPS code OEWS uses as a state's {@code AREA}, the USPS abbreviation
 * ({@code PRIM_STATE}) and the name. Source: U.S. Census Bureau, "FIPS Codes for the States and the District of
 * Columbia" (ANSI/FIPS state codes), and the USPS two-letter state abbreviations; the territories are those OEWS
 * publishes (Guam, Puerto Rico, the U.S. Virgin Islands) with the other inhabited ones.
 */
final class StateCodes {

    /** FIPS code, USPS code, name. */
    record State(String fips, String usps, String name) {
    }

    private static final List<State> ALL = List.of(
            new State("01", "AL", "Alabama"), new State("02", "AK", "Alaska"), new State("04", "AZ", "Arizona"),
            new State("05", "AR", "Arkansas"), new State("06", "CA", "California"), new State("08", "CO", "Colorado"),
            new State("09", "CT", "Connecticut"), new State("10", "DE", "Delaware"),
            new State("11", "DC", "District of Columbia"), new State("12", "FL", "Florida"),
            new State("13", "GA", "Georgia"), new State("15", "HI", "Hawaii"), new State("16", "ID", "Idaho"),
            new State("17", "IL", "Illinois"), new State("18", "IN", "Indiana"), new State("19", "IA", "Iowa"),
            new State("20", "KS", "Kansas"), new State("21", "KY", "Kentucky"), new State("22", "LA", "Louisiana"),
            new State("23", "ME", "Maine"), new State("24", "MD", "Maryland"), new State("25", "MA", "Massachusetts"),
            new State("26", "MI", "Michigan"), new State("27", "MN", "Minnesota"),
            new State("28", "MS", "Mississippi"), new State("29", "MO", "Missouri"), new State("30", "MT", "Montana"),
            new State("31", "NE", "Nebraska"), new State("32", "NV", "Nevada"),
            new State("33", "NH", "New Hampshire"), new State("34", "NJ", "New Jersey"),
            new State("35", "NM", "New Mexico"), new State("36", "NY", "New York"),
            new State("37", "NC", "North Carolina"), new State("38", "ND", "North Dakota"),
            new State("39", "OH", "Ohio"), new State("40", "OK", "Oklahoma"), new State("41", "OR", "Oregon"),
            new State("42", "PA", "Pennsylvania"), new State("44", "RI", "Rhode Island"),
            new State("45", "SC", "South Carolina"), new State("46", "SD", "South Dakota"),
            new State("47", "TN", "Tennessee"), new State("48", "TX", "Texas"), new State("49", "UT", "Utah"),
            new State("50", "VT", "Vermont"), new State("51", "VA", "Virginia"), new State("53", "WA", "Washington"),
            new State("54", "WV", "West Virginia"), new State("55", "WI", "Wisconsin"),
            new State("56", "WY", "Wyoming"), new State("60", "AS", "American Samoa"), new State("66", "GU", "Guam"),
            new State("69", "MP", "Northern Mariana Islands"), new State("72", "PR", "Puerto Rico"),
            new State("78", "VI", "Virgin Islands"));

    private static final Map<String, State> BY_KEY = new HashMap<>();

    static {
        for (State s : ALL) {
            BY_KEY.put(s.fips(), s);
            BY_KEY.put(s.usps(), s);
            BY_KEY.put(s.name().toUpperCase(Locale.ROOT), s);
        }
        BY_KEY.put("U.S. VIRGIN ISLANDS", BY_KEY.get("VI"));
    }

    private StateCodes() {
    }

    /**
     * The state a user means by a FIPS code (with or without its leading zero), a USPS code or a name.
     *
     * @param text e.g. {@code 1}, {@code 01}, {@code AL}, {@code alabama}
     * @return the state, or empty
     */
    static Optional<State> find(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.matches("\\d")) {
            t = "0" + t;
        }
        return Optional.ofNullable(BY_KEY.get(t));
    }

    /** @return true for the FIPS code of a territory (American Samoa, Guam, Northern Marianas, Puerto Rico, USVI) */
    static boolean isTerritory(String fips) {
        return fips.compareTo("60") >= 0;
    }
}
