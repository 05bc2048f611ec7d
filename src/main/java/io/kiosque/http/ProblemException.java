package io.kiosque.http;

import java.util.List;

/**
 * A client-facing failure that becomes a problem document. Thrown by services and resources; the message is shown to
 * the client, so it must never carry internals.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<ProblemError> errors;

    public ProblemException(int status, String type, String title, String detail, List<ProblemError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException badRequest(String detail, List<ProblemError> errors) {
        return new ProblemException(400, "invalid-request", "Invalid request", detail, errors);
    }

    public static ProblemException invalidParameter(String parameter, String detail) {
        return new ProblemException(400, "invalid-parameter", "Invalid query parameter",
                "Query parameter '" + parameter + "' is invalid: " + detail,
                List.of(ProblemError.atParameter(parameter, detail)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not Found", detail, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<ProblemError> errors() {
        return errors;
    }
}
