package io.kiosque.http;

import java.util.UUID;

/** Ids in paths: anything that is not a UUID names nothing, so it is a 404, like an unknown id. */
public final class PathIds {

    private PathIds() {
    }

    public static UUID uuid(String raw, String resource) {
        UUID id = QueryParameters.uuidOrNull(raw);
        if (id == null) {
            throw ProblemException.notFound("No " + resource + " has the id '" + raw + "'.");
        }
        return id;
    }
}
