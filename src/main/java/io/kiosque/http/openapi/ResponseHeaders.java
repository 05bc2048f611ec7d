package io.kiosque.http.openapi;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The response headers clients act on, declared once in {@code #/components/headers} and referenced from every response
 * that sends them: validators (ETag, Last-Modified), where to go (Location, Link), when to retry (Retry-After), how to
 * cache and purge (Cache-Control, Surrogate-Key), how to authenticate (WWW-Authenticate) and the request id to quote.
 */
final class ResponseHeaders {

    static final String ETAG = "ETag";
    static final String LAST_MODIFIED = "Last-Modified";
    static final String CACHE_CONTROL = "Cache-Control";
    static final String SURROGATE_KEY = "Surrogate-Key";
    static final String LINK = "Link";
    static final String LOCATION = "Location";
    static final String RETRY_AFTER = "Retry-After";
    static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    static final String REQUEST_ID = "X-Request-Id";

    /** A header and whether every response that declares it always sends it. */
    private record Definition(String name, boolean required, String description, String example) {
    }

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition(ETAG, true,
                    "Strong validator of this representation: send it back in If-None-Match to revalidate (304), and "
                            + "in If-Match to update or delete what you read (the ETag of an article's JSON-LD or of "
                            + "some of its fields works too).",
                    "\"q0Hh3gMBd3fM1p6Y8i6Wc2xkXn4\""),
            new Definition(LAST_MODIFIED, false,
                    "When the public content this representation shows last changed (HTTP date); If-Modified-Since "
                            + "takes it back. Sent once anything is published.",
                    "Thu, 19 Jun 2025 08:00:00 GMT"),
            new Definition(CACHE_CONTROL, true,
                    "`public, max-age=60, stale-while-revalidate=300` for anonymous reads (configurable); `private, "
                            + "no-store` for what a token or a preview link shows; `no-store` for writes.",
                    "public, max-age=60, stale-while-revalidate=300"),
            new Definition(SURROGATE_KEY, false,
                    "Sent to anonymous readers: the cache tags of everything this response shows, space-separated, for "
                            + "a CDN to purge exactly what a change touched: the collection (`articles`, `feeds`...) "
                            + "and `<type>-<id>` of each resource.",
                    "articles article-0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10 section-5c1d7a0e-8a55-4a8e-bb6a-"
                            + "0f4f3c9d2b11"),
            new Definition(LINK, false,
                    "The next page (RFC 8288), when there is one: this request with the `nextCursor` as `cursor`.",
                    "</api/v1/articles?limit=20&cursor=azEfY2hhbmdlcx92MR8xMDQz>; rel=\"next\""),
            new Definition(LOCATION, true, "The URL of the resource (created, or moved to a new slug).",
                    "/api/v1/articles/la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-"
                            + "ukrainien"),
            new Definition(RETRY_AFTER, true, "Seconds to wait before trying again.", "5"),
            new Definition(WWW_AUTHENTICATE, true, "The authentication scheme to use: a bearer token.",
                    "Bearer realm=\"kiosque\""),
            new Definition(REQUEST_ID, true,
                    "The id of this request in Kiosque's logs: the X-Request-Id the client or a proxy sent (letters, "
                            + "digits, `.`, `_`, `-`; at most 64), or a new UUID.",
                    "3f1c2b6e-8d4a-4f0e-9b7c-2a5d6e8f0a1b"));

    private ResponseHeaders() {
    }

    static void install(Components components) {
        for (Definition definition : DEFINITIONS) {
            components.addHeader(definition.name(),
                    OASFactory.createHeader().description(definition.description()).required(definition.required())
                            .schema(OASFactory.createSchema().addType(SchemaType.STRING))
                            .example(definition.example()));
        }
    }

    /** The headers of a response to an operation, by method and status. */
    static void declare(APIResponse response, String method, String code, boolean pageOfList) {
        boolean read = method.equals("GET");
        boolean success = code.startsWith("2");
        List<String> names = new ArrayList<>();
        if ((read && (success || code.equals("304"))) || (!read && success && !code.equals("204"))) {
            names.addAll(List.of(ETAG, CACHE_CONTROL));
        }
        if (read && (success || code.equals("304"))) {
            names.addAll(List.of(LAST_MODIFIED, SURROGATE_KEY));
        }
        if (read && success && pageOfList) {
            names.add(LINK);
        }
        if (code.equals("201") || code.equals("301") || code.equals("308")) {
            names.add(LOCATION);
        }
        if (code.equals("301") || code.equals("308")) {
            names.add(CACHE_CONTROL);
        }
        names.addAll(problemHeaders(code));
        names.add(REQUEST_ID);
        names.forEach(name -> reference(response, name));
    }

    /** The headers of the shared problem responses ({@code #/components/responses}). */
    static void declareOnProblem(APIResponse response, String code) {
        problemHeaders(code).forEach(name -> reference(response, name));
        reference(response, REQUEST_ID);
    }

    private static List<String> problemHeaders(String code) {
        return switch (code) {
            case "401" -> List.of(WWW_AUTHENTICATE);
            case "429", "503" -> List.of(RETRY_AFTER);
            default -> List.of();
        };
    }

    private static void reference(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref("#/components/headers/" + name));
        }
    }
}
