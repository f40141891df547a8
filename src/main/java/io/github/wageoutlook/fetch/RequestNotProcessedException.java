package io.github.wageoutlook.fetch;

import java.net.URI;
import java.util.List;

/**
 * The BLS Public Data API answered {@code REQUEST_NOT_PROCESSED} (or another status than {@code REQUEST_SUCCEEDED}):
 * nothing of that request was answered. {@link #reason()} names the cause read from BLS's messages, and the message
 * says what to do; the registration key is never printed.
 */
public class RequestNotProcessedException extends FetchException {
    private static final long serialVersionUID = 1L;

    /** Why BLS did not process a request. */
    public enum Reason {
        /** The daily request limit was reached (500 a day with a key, 25 without). */
        DAILY_LIMIT("BLS's daily request limit was reached (500 requests a day with a registration key, 25 "
                + "without); try again tomorrow, or set " + FetchOptions.API_KEY_ENV + " to a registration key"),
        /** The registration key was refused. */
        INVALID_KEY("BLS refused the registration key; check " + FetchOptions.API_KEY_ENV
                + " (a key is free from BLS's registration page)"),
        /** A series id is malformed or does not exist. */
        INVALID_SERIES("BLS refused a series id; check the ids"),
        /** The request broke a limit or had a bad parameter (years, number of series). */
        INVALID_PARAMETERS("BLS refused the request's parameters"),
        /** Another cause; BLS's messages say which. */
        OTHER("BLS did not process the request");

        private final String advice;

        Reason(String advice) {
            this.advice = advice;
        }

        /** @return what the cause means and what to do */
        public String advice() {
            return advice;
        }
    }

    /** The cause read from BLS's messages. */
    private final Reason reason;
    /** BLS's messages, the registration key removed. */
    private final List<String> messages;

    /**
     * @param url the API endpoint
     * @param status the answer's status, e.g. {@code REQUEST_NOT_PROCESSED}
     * @param reason the cause read from the messages
     * @param messages BLS's messages, the key already removed
     * @param request which request it was, e.g. "request 2 of 4 (series CUUR0000SA0 …, 2004 – 2023)"
     */
    public RequestNotProcessedException(URI url, String status, Reason reason, List<String> messages,
                                        String request) {
        super("the BLS API did not process " + request + ": " + status + "; " + reason.advice() + ". BLS said: "
                + (messages.isEmpty() ? "(nothing)" : String.join(" | ", messages)), url, 200, null);
        this.reason = reason;
        this.messages = List.copyOf(messages);
    }

    /** @return the cause */
    public Reason reason() {
        return reason;
    }

    /** @return BLS's messages, the registration key removed */
    public List<String> messages() {
        return messages;
    }
}
