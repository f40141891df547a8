package io.github.wageoutlook.fetch;

/**
 * No contact e-mail is configured, so no request is sent. BLS asks automated clients to identify themselves with
 * contact information in the User-Agent header, and its servers answer 403 (Forbidden) to clients that do not: set
 * the environment variable {@value FetchOptions#CONTACT_ENV}, the system property
 * {@value FetchOptions#CONTACT_PROPERTY}, or {@link FetchOptions#withContact(String)}.
 */
public class MissingContactException extends FetchException {
    private static final long serialVersionUID = 1L;

    /** @param what what was about to be fetched, for the message */
    public MissingContactException(String what) {
        super("no contact e-mail is set, so " + what + " is not requested: BLS asks automated clients to put "
                + "contact information in the User-Agent header, and its servers answer 403 Forbidden to clients "
                + "that do not (a contact also lets BLS reach you instead of blocking you after a burst of requests). "
                + "Set the environment variable " + FetchOptions.CONTACT_ENV + "=you@example.org, the system "
                + "property -D" + FetchOptions.CONTACT_PROPERTY + "=you@example.org, or "
                + "FetchOptions.withContact(\"you@example.org\") (the command line also takes --contact)", null, 0,
                null);
    }
}
