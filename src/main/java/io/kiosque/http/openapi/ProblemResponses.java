package io.kiosque.http.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kiosque.http.Problem;

/**
 * The problem responses every operation may document by reference ({@code #/components/responses/NotFound}...), each
 * with its problem document example.
 */
final class ProblemResponses {

    record Standard(String code, String name, String description, String example) {
    }

    static final List<Standard> STANDARD = List.of(
            new Standard("400", "BadRequest", "The request is malformed or invalid; `errors` lists each input.",
                    "{\"type\":\"https://kiosque.dev/problems/validation\",\"title\":\"Validation failed\","
                            + "\"status\":400,"
                            + "\"detail\":\"1 input is invalid.\",\"instance\":\"/api/v1/articles\","
                            + "\"errors\":[{\"pointer\":\"/headline\",\"detail\":\"must not be blank\"}]}"),
            new Standard("401", "Unauthorized",
                    "An invalid or revoked bearer token (refused on every operation, public ones included), or none "
                            + "where the operation needs one.",
                    "{\"type\":\"https://kiosque.dev/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"This operation needs a bearer token (Authorization: Bearer <token>).\"}"),
            new Standard("403", "Forbidden", "The token's role does not allow this operation on this resource.",
                    "{\"type\":\"https://kiosque.dev/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403,"
                            + "\"detail\":\"This operation needs the editor role; this token has the contributor "
                            + "role.\"}"),
            new Standard("404", "NotFound", "No resource has this id or slug (or the caller may not see it).",
                    "{\"type\":\"https://kiosque.dev/problems/not-found\",\"title\":\"Not Found\",\"status\":404,"
                            + "\"detail\":\"No published article has the id or slug 'la-coree-du-sud'.\"}"),
            new Standard("406", "NotAcceptable",
                    "`Accept` names no media type this operation answers with (see its 2xx responses).",
                    "{\"type\":\"https://kiosque.dev/problems/not-acceptable\",\"title\":\"Not Acceptable\","
                            + "\"status\":406,"
                            + "\"detail\":\"This operation cannot answer with the media types the Accept header "
                            + "names.\"}"),
            new Standard("412", "PreconditionFailed",
                    "If-Match does not match the current ETag: someone changed the resource since you read it. Nothing "
                            + "was changed.",
                    "{\"type\":\"https://kiosque.dev/problems/precondition-failed\",\"title\":\"Precondition Failed\","
                            + "\"status\":412,"
                            + "\"detail\":\"The article changed since you read it (If-Match does not match its current "
                            + "ETag). Read it again and retry.\"}"),
            new Standard("413", "ContentTooLarge",
                    "The request body is larger than the server accepts (2 MB unless configured otherwise).",
                    "{\"type\":\"https://kiosque.dev/problems/request-entity-too-large\",\"title\":\"Request Entity "
                            + "Too Large\",\"status\":413,"
                            + "\"detail\":\"The request body is larger than the 2097152 bytes allowed.\"}"),
            new Standard("415", "UnsupportedMediaType", "The body is missing or not of the documented media type.",
                    "{\"type\":\"https://kiosque.dev/problems/unsupported-media-type\",\"title\":\"Unsupported Media "
                            + "Type\",\"status\":415,"
                            + "\"detail\":\"This content type is not supported here.\"}"),
            new Standard("428", "PreconditionRequired",
                    "If-Match is required, with the ETag of the version you edited.",
                    "{\"type\":\"https://kiosque.dev/problems/precondition-required\",\"title\":\"Precondition "
                            + "Required\",\"status\":428,"
                            + "\"detail\":\"Send If-Match with the ETag you read, so that no other change is "
                            + "overwritten.\"}"),
            new Standard("429", "TooManyRequests",
                    "Too many writes from this token, or too many invalid tokens from this address; `Retry-After` says "
                            + "when to try again.",
                    "{\"type\":\"https://kiosque.dev/problems/too-many-requests\",\"title\":\"Too Many Requests\","
                            + "\"status\":429,"
                            + "\"detail\":\"This token sent too many writes; retry in 12 s.\"}"),
            new Standard("503", "ServiceUnavailable",
                    "The database cannot be reached right now (or the server is shutting down); `Retry-After` says "
                            + "when to try again. Nothing was changed.",
                    "{\"type\":\"https://kiosque.dev/problems/server-error\",\"title\":\"Service Unavailable\","
                            + "\"status\":503,"
                            + "\"detail\":\"The database is unavailable; retry in a few seconds.\"}"));

    private ProblemResponses() {
    }

    static void install(Components components) {
        for (Standard standard : STANDARD) {
            Example example = OASFactory.createExample().value(parse(standard.example()));
            MediaType mediaType = OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                    .examples(Map.of(standard.name(), example));
            components.addResponse(standard.name(), OASFactory.createAPIResponse().description(standard.description())
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType)));
        }
    }

    static String nameOf(String code) {
        return STANDARD.stream().filter(standard -> standard.code().equals(code)).findFirst().orElseThrow().name();
    }

    static APIResponse reference(String code) {
        return OASFactory.createAPIResponse().ref("#/components/responses/" + nameOf(code));
    }

    /** Examples are objects in the document, not strings holding JSON. */
    private static Object parse(String json) {
        try {
            return new ObjectMapper().readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Invalid example: " + json, e);
        }
    }
}
