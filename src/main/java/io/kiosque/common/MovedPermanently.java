package io.kiosque.common;

/** Thrown when a resource is asked for by a former slug: the answer is a 301 to its current URL. */
public class MovedPermanently extends RuntimeException {

    private final String location;

    public MovedPermanently(String location) {
        super(location, null, false, false);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
