package io.kiosque.http;

import java.util.Locale;

import jakarta.ws.rs.core.Response;

/**
 * Builds problem documents and their responses, for exception mappers and plain Vert.x routes alike.
 */
public final class Problems {

    /** The detail of a 404 that no route matched: the address itself is unknown, whatever the request carried. */
    public static final String NO_RESOURCE = "No resource at this address.";

    private Problems() {
    }

    public static Problem forStatus(int status, String detail, String instance) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String type = status >= 500 ? "server-error" : title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return new Problem(Problem.TYPE_BASE + type, title, status, detail, instance, null);
    }

    /** A client's input quoted in an error message: at most {@code maxLength} characters, cut with "...". */
    public static String abbreviate(String input, int maxLength) {
        return input.length() <= maxLength ? input : input.substring(0, maxLength - 3) + "...";
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
