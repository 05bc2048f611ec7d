package io.kiosque.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every response a test receives through RestAssured must be as the served OpenAPI document says: a documented status,
 * media type, schema and headers ({@link ResponseSchemas}). Installed before every Quarkus test (a Quarkus test
 * callback, see src/test/resources/META-INF/services: it runs in the class loader the tests use, where RestAssured's
 * settings live), so that no suite can get an answer the document does not describe. Requests to paths or methods the
 * document does not have (404s for unknown routes, 405s, OPTIONS) are not operations and are left alone.
 */
public final class ContractCheck implements Filter, QuarkusTestBeforeEachCallback {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Document> DOCUMENTS = new ConcurrentHashMap<>();
    private static volatile boolean installed;

    /** The served document of one server, and its operations by method and path template. */
    private record Document(ResponseSchemas schemas, List<Route> routes) {
    }

    private record Route(String method, String template, Pattern pattern, JsonNode operation) {
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    static synchronized void install() {
        if (!installed) {
            RestAssured.filters(new ContractCheck());
            installed = true;
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
            FilterContext context) {
        Response response = context.next(request, expected);
        URI uri = URI.create(request.getURI());
        if (uri.getPath().startsWith("/q/")) {
            return response;
        }
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        Document document = DOCUMENTS.computeIfAbsent(uri.getScheme() + "://" + uri.getAuthority(),
                ContractCheck::load);
        Route route = document.routes().stream()
                .filter(r -> r.method().equals(method.equals("HEAD") ? "GET" : method)
                        && r.pattern().matcher(uri.getRawPath()).matches())
                .max(Comparator.comparingInt(r -> r.template().replaceAll("\\{[^}]+}", "").length())).orElse(null);
        if (route == null) {
            return response;
        }
        String body = method.equals("HEAD") ? null : response.asString();
        List<String> problems = document.schemas().check(route.operation(), response.statusCode(),
                response.contentType(), body, headersOf(response));
        if (!problems.isEmpty()) {
            throw new AssertionError(method + " " + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " answered "
                    + response.statusCode() + " unlike the OpenAPI document of " + route.operation().path("operationId")
                            .asText()
                    + ":\n- " + String.join("\n- ", problems) + "\nbody: "
                    + (body == null ? "(HEAD)" : Printable.abbreviate(body, 600)));
        }
        return response;
    }

    /** A response's headers by name (values of a repeated header joined). */
    public static Map<String, String> headersOf(Response response) {
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().forEach(header -> headers.merge(header.getName(), header.getValue(),
                (first, next) -> first + ", " + next));
        return headers;
    }

    private static Document load(String base) {
        try {
            HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create(base + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (served.statusCode() != 200) {
                throw new IllegalStateException(
                        "answered " + served.statusCode() + ": " + Printable.abbreviate(served.body(), 600));
            }
            JsonNode document = MAPPER.readTree(served.body());
            List<Route> routes = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
                Map.Entry<String, JsonNode> path = paths.next();
                Pattern pattern = Pattern.compile(path.getKey().replaceAll("([^{}]+)(?=\\{|$)", "\\\\Q$1\\\\E")
                        .replaceAll("\\{[^}]+}", "[^/]+"));
                path.getValue().fields().forEachRemaining(operation -> routes.add(new Route(
                        operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), pattern, operation.getValue())));
            }
            return new Document(new ResponseSchemas(document, served.body()), routes);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the OpenAPI document at " + base, e);
        }
    }
}
