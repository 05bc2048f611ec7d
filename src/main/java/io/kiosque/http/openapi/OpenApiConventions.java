package io.kiosque.http.openapi;

import java.util.ArrayList;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.callbacks.Callback;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.kiosque.http.Problem;

/**
 * Applies the API's conventions to the OpenAPI document, so that no operation can forget them: every operation
 * documents every status it can answer (400, 401, 429 and 503 always, since an invalid token is refused even where none
 * is needed and any request may meet the database down; 403 when it needs a token; 404 with a path parameter; 304 on
 * reads; 406 when it answers with a body; 412/428 when it takes If-Match; 413/415 when it takes a body), the headers
 * each response sends, problem documents as the content of every error, and an explicit security requirement (empty for
 * public operations). Schemas are made literal for code generators ({@link SchemaConventions}).
 */
public class OpenApiConventions implements OASFilter {

    /** On a schema: fill it with the properties of the named one, none of them required. */
    public static final String PARTIAL_OF = "x-kiosque-partial-of";
    /** On a schema: fill it as a JSON Merge Patch of the named one. */
    public static final String MERGE_PATCH_OF = "x-kiosque-merge-patch-of";
    /** On a callback operation, which has no operationId attribute in the annotations: its operationId. */
    public static final String OPERATION_ID = "x-kiosque-operation-id";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        ProblemResponses.install(openAPI.getComponents());
        ResponseHeaders.install(openAPI.getComponents());
        openAPI.getComponents().getResponses().forEach((name, response) -> {
            ResponseHeaders.declareOnProblem(response, ProblemResponses.STANDARD.stream()
                    .filter(s -> s.name().equals(name)).findFirst().orElseThrow().code());
            ExampleConventions.hoist(openAPI.getComponents(), response.getContent(), name);
        });
        if (openAPI.getPaths() != null) {
            for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                    apply(path.getKey(), entry.getKey(), entry.getValue());
                    callbacks(entry.getValue());
                    hoistExamples(openAPI, entry.getValue());
                }
            }
        }
        SchemaConventions.apply(openAPI);
    }

    private static void apply(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                && operation.getSecurity().stream().noneMatch(requirement -> requirement.getSchemes().isEmpty());
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>());
        }
        boolean read = method == PathItem.HttpMethod.GET;
        boolean answersWithBody = responses.getAPIResponses().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("2") && hasContent(e.getValue()));
        if (read) {
            addIfMissing(responses, "304", OASFactory.createAPIResponse().description(
                    "Not Modified: the If-None-Match (or If-Modified-Since) you sent still matches; keep what you "
                            + "have."));
        }
        addIfMissing(responses, "400");
        addIfMissing(responses, "401");
        if (secured) {
            addIfMissing(responses, "403");
        }
        if (path.contains("{")) {
            addIfMissing(responses, "404");
        }
        if (path.contains("{idOrSlug}") || path.contains("{slug}")) {
            addIfMissing(responses, read ? "301" : "308", OASFactory.createAPIResponse().description(read
                    ? "Moved Permanently: the slug is a former one; `Location` has this URL with the current slug."
                    : "Permanent Redirect: the slug is a former one; send the same request to `Location`, the URL with "
                            + "the current slug."));
        }
        if (answersWithBody) {
            addIfMissing(responses, "406");
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
        addIfMissing(responses, "503");
        boolean pageOfList = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "cursor".equals(p.getName()));
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            String code = response.getKey();
            if (code.startsWith("4") || code.startsWith("5")) {
                withProblemContent(response.getValue());
            }
            if (response.getValue().getRef() == null) {
                ResponseHeaders.declare(response.getValue(), method.name(), code, pageOfList);
            }
        }
    }

    /** Callback operations get their operationId from an extension, and the conventions of responses. */
    private static void callbacks(Operation operation) {
        if (operation.getCallbacks() == null) {
            return;
        }
        for (Callback callback : operation.getCallbacks().values()) {
            for (PathItem item : callback.getPathItems().values()) {
                for (Operation callbackOperation : item.getOperations().values()) {
                    Map<String, Object> extensions = callbackOperation.getExtensions();
                    if (extensions != null && extensions.containsKey(OPERATION_ID)) {
                        callbackOperation.setOperationId(String.valueOf(extensions.get(OPERATION_ID)));
                        callbackOperation.removeExtension(OPERATION_ID);
                    }
                }
            }
        }
    }

    private static void hoistExamples(OpenAPI openAPI, Operation operation) {
        String id = operation.getOperationId();
        if (operation.getRequestBody() != null) {
            ExampleConventions.hoist(openAPI.getComponents(), operation.getRequestBody().getContent(), id + ".request");
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> ExampleConventions
                .hoist(openAPI.getComponents(), response.getContent(), id + "." + code));
    }

    private static boolean hasContent(APIResponse response) {
        return response.getContent() != null && !response.getContent().getMediaTypes().isEmpty();
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
        addIfMissing(responses, code, ProblemResponses.reference(code));
    }

    private static void addIfMissing(APIResponses responses, String code, APIResponse response) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, response);
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
