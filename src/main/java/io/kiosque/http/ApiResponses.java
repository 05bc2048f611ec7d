package io.kiosque.http;

/**
 * Shared OpenAPI fragments, so every operation documents its problem responses the same way.
 */
public final class ApiResponses {

    public static final String PROBLEM = Problem.MEDIA_TYPE;

    public static final String BAD_REQUEST_EXAMPLE = """
            {"type":"https://kiosque.dev/problems/invalid-parameter","title":"Invalid query parameter","status":400,\
            "detail":"Query parameter 'limit' is invalid: must be a whole number from 1 to 100",\
            "instance":"/api/v1/articles","errors":[{"parameter":"limit","detail":"must be a whole number from 1 to \
            100"}]}""";

    public static final String NOT_FOUND_EXAMPLE = """
            {"type":"https://kiosque.dev/problems/not-found","title":"Not Found","status":404,\
            "detail":"No published article has the id or slug 'la-coree-du-sud'.",\
            "instance":"/api/v1/articles/la-coree-du-sud"}""";

    private ApiResponses() {
    }
}
