package io.kiosque.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Applies the API's conventions to the OpenAPI document, so that no operation can forget them: every operation
 * documents the problem responses that apply to it (400, 401 and 429 always, since an invalid token is refused even
 * where none is needed; 403 when it needs a token; 404 with a path parameter; 412/428 when it takes If-Match; 413/415
 * when it takes a body), every error response it documents has the problem document as its content, and public
 * operations say so with an empty security requirement.
 */
public class OpenApiConventions implements OASFilter {

    private record Standard(String code, String name, String description, String example) {
    }

    private static final List<Standard> STANDARD = List.of(
            new Standard("400", "BadRequest", "The request is malformed or invalid; `errors` lists each input.",
                    "{\"type\":\"https://kiosque.dev/problems/validation\",\"title\":\"Validation failed\",\"status\":400,"
                            + "\"detail\":\"1 input is invalid.\",\"instance\":\"/api/v1/articles\","
                            + "\"errors\":[{\"pointer\":\"/headline\",\"detail\":\"must not be blank\"}]}"),
            new Standard("401", "Unauthorized",
                    "An invalid or revoked bearer token (refused on every operation, public ones included), or none where the operation needs one.",
                    "{\"type\":\"https://kiosque.dev/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"This operation needs a bearer token (Authorization: Bearer <token>).\"}"),
            new Standard("403", "Forbidden", "The token's role does not allow this operation on this resource.",
                    "{\"type\":\"https://kiosque.dev/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403,"
                            + "\"detail\":\"This operation needs the editor role; this token has the contributor role.\"}"),
            new Standard("404", "NotFound", "No resource has this id or slug (or the caller may not see it).",
                    "{\"type\":\"https://kiosque.dev/problems/not-found\",\"title\":\"Not Found\",\"status\":404,"
                            + "\"detail\":\"No published article has the id or slug 'la-coree-du-sud'.\"}"),
            new Standard("412", "PreconditionFailed",
                    "If-Match does not match the current ETag: someone changed the resource since you read it. Nothing was changed.",
                    "{\"type\":\"https://kiosque.dev/problems/precondition-failed\",\"title\":\"Precondition Failed\",\"status\":412,"
                            + "\"detail\":\"The article changed since you read it (If-Match does not match its current ETag). Read it again and retry.\"}"),
            new Standard("413", "ContentTooLarge",
                    "The request body is larger than the server accepts (2 MB unless configured otherwise).",
                    "{\"type\":\"https://kiosque.dev/problems/request-entity-too-large\",\"title\":\"Request Entity Too Large\",\"status\":413,"
                            + "\"detail\":\"The request body is larger than the 2097152 bytes allowed.\"}"),
            new Standard("415", "UnsupportedMediaType", "The body is missing or not of the documented media type.",
                    "{\"type\":\"https://kiosque.dev/problems/unsupported-media-type\",\"title\":\"Unsupported Media Type\",\"status\":415,"
                            + "\"detail\":\"This content type is not supported here.\"}"),
            new Standard("429", "TooManyRequests",
                    "Too many writes from this token, or too many invalid tokens from this address; `Retry-After` says when to try again.",
                    "{\"type\":\"https://kiosque.dev/problems/too-many-requests\",\"title\":\"Too Many Requests\",\"status\":429,"
                            + "\"detail\":\"This token sent too many writes; retry in 12 s.\"}"),
            new Standard("428", "PreconditionRequired",
                    "If-Match is required, with the ETag of the version you edited.",
                    "{\"type\":\"https://kiosque.dev/problems/precondition-required\",\"title\":\"Precondition Required\",\"status\":428,"
                            + "\"detail\":\"Send If-Match with the ETag you read, so that no other change is overwritten.\"}"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        for (Standard standard : STANDARD) {
            Example example = OASFactory.createExample().value(parse(standard.example()));
            MediaType mediaType = OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                    .examples(Map.of(standard.name(), example));
            openAPI.getComponents().addResponse(standard.name(), OASFactory.createAPIResponse()
                    .description(standard.description())
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType)));
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                apply(path.getKey(), entry.getKey(), entry.getValue());
            }
        }
    }

    /** Examples are objects in the document, not strings holding JSON. */
    private static Object parse(String json) {
        try {
            return new ObjectMapper().readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Invalid example: " + json, e);
        }
    }

    private static void apply(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (!secured) {
            operation.setSecurity(new ArrayList<>());
        }
        addIfMissing(responses, "400");
        addIfMissing(responses, "401");
        if (secured) {
            addIfMissing(responses, "403");
        }
        if (path.contains("{")) {
            addIfMissing(responses, "404");
        }
        if (takesIfMatch(operation)) {
            addIfMissing(responses, "412");
            if (method != PathItem.HttpMethod.POST) {
                addIfMissing(responses, "428");
            }
        }
        if (operation.getRequestBody() != null) {
            addIfMissing(responses, "413");
            addIfMissing(responses, "415");
        }
        // Rate limits: writes per token, and any request with an invalid token per client address.
        addIfMissing(responses, "429");
        // Every error is a problem document, also where an operation documents one of its own (409 and the like)
        // with a description only.
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                withProblemContent(response.getValue());
            }
        }
    }

    private static boolean takesIfMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return false;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName())) {
                return true;
            }
        }
        return false;
    }

    private static void addIfMissing(APIResponses responses, String code) {
        if (!responses.hasAPIResponse(code)) {
            String name = STANDARD.stream().filter(standard -> standard.code().equals(code)).findFirst().orElseThrow()
                    .name();
            APIResponse reference = OASFactory.createAPIResponse().ref("#/components/responses/" + name);
            responses.addAPIResponse(code, reference);
        } else {
            withProblemContent(responses.getAPIResponse(code));
        }
    }

    private static void withProblemContent(APIResponse response) {
        Content content = response.getContent();
        if ((content == null || content.getMediaTypes().isEmpty()) && response.getRef() == null) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory
                    .createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
        }
    }
}
