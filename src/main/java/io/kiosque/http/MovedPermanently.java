package io.kiosque.http;

/**
 * Thrown when a resource is asked for by a former slug: the answer is a 301 to the same URL with the current slug in
 * its place, so that a sub-resource (an article's JSON-LD, a section's feed) moves with it.
 */
public class MovedPermanently extends RuntimeException {

    private final String formerSlug;
    private final String currentSlug;

    public MovedPermanently(String formerSlug, String currentSlug) {
        super(formerSlug + " -> " + currentSlug, null, false, false);
        this.formerSlug = formerSlug;
        this.currentSlug = currentSlug;
    }

    /** The request's path with the former slug's segment replaced by the current slug. */
    public String location(String requestPath) {
        String[] segments = requestPath.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].equals(formerSlug)) {
                segments[i] = currentSlug;
                break;
            }
        }
        return String.join("/", segments);
    }
}
