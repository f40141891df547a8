package io.github.wageoutlook.cli;

/** A command line the command cannot use; {@link Main} prints the message and the usage, and exits with 2. */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the arguments */
    public UsageException(String message) {
        super(message);
    }
}
