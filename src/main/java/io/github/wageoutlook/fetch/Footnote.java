package io.github.wageoutlook.fetch;

import java.util.Objects;

/**
 * A footnote on an API observation, e.g. code {@code P} "preliminary" on a recent CPI month, or code {@code 5}
 * "This wage is equal to or greater than $115.00 per hour or $239,200 per year." on a top-coded OEWS wage.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the footnote code, empty when BLS gave only text
 * @param text the footnote text, empty when BLS gave only a code
 */
public record Footnote(String code, String text) {

    /**
     * Checks the fields.
     *
     * @param code the footnote code, empty when BLS gave only text
     * @param text the footnote text, empty when BLS gave only a code
     * @throws IllegalArgumentException if both are empty
     */
    public Footnote {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(text, "text must not be null");
        if (code.isBlank() && text.isBlank()) {
            throw new IllegalArgumentException("Invalid footnote: code and text are both empty");
        }
    }

    /** @return {@code P: preliminary}, or the code or text alone */
    @Override
    public String toString() {
        return code.isEmpty() ? text : text.isEmpty() ? code : code + ": " + text;
    }
}
