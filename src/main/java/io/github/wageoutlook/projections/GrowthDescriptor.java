package io.github.wageoutlook.projections;

/**
 * The words the Occupational Outlook Handbook uses for a projected employment change, relative to the average of
 * all occupations. Which percent changes map to which words depends on the cycle: see {@link DescriptorScale}.
 *
 * <pre>{@code GrowthDescriptor d = DescriptorScale.of(Cycle.parse("2016-26"), 7.4).describe(4.9); // AS_FAST_AS_AVERAGE}</pre>
 */
public enum GrowthDescriptor {
    /** "Much faster than average". */
    MUCH_FASTER_THAN_AVERAGE("Much faster than average"),
    /** "Faster than average". */
    FASTER_THAN_AVERAGE("Faster than average"),
    /** "As fast as average". */
    AS_FAST_AS_AVERAGE("As fast as average"),
    /** "Slower than average". */
    SLOWER_THAN_AVERAGE("Slower than average"),
    /** "Little or no change". */
    LITTLE_OR_NO_CHANGE("Little or no change"),
    /** "Decline". */
    DECLINE("Decline");

    private final String label;

    GrowthDescriptor(String label) {
        this.label = label;
    }

    /** @return the words as the Handbook prints them */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
