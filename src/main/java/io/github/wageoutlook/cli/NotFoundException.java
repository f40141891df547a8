package io.github.wageoutlook.cli;

/** An occupation, year or file named on the command line does not exist; {@link Main} exits with 3. */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what was not found, and what exists instead */
    public NotFoundException(String message) {
        super(message);
    }
}
