package io.kiosque.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The document integrators download passes Redocly's recommended rules (redocly.yaml at the project root) without a
 * single error. Needs Node.js and the npm registry: {@code npx} fetches the pinned CLI on first use.
 */
@QuarkusTest
class OpenApiLintTest {

    private static final Logger LOG = Logger.getLogger(OpenApiLintTest.class);
    private static final String REDOCLY = "@redocly/cli@2.77.0";
    // A first run downloads the CLI; later runs take seconds.
    private static final long TIMEOUT_MINUTES = 5;
    private static final Path WORK_DIR = Path.of("target", "openapi-lint");

    @Test
    void servedDocumentHasNoLintErrors() throws Exception {
        Files.createDirectories(WORK_DIR);
        Path document = WORK_DIR.resolve("openapi.json");
        Files.writeString(document, given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString(), StandardCharsets.UTF_8);

        JsonNode report = lint(document);
        assertTrue(report.path("totals").has("errors"), "Unexpected Redocly report: " + report);
        List<String> errors = new ArrayList<>();
        for (JsonNode problem : report.path("problems")) {
            String line = describe(problem);
            if ("error".equals(problem.path("severity").asText())) {
                errors.add(line);
            } else {
                LOG.warn("OpenAPI lint: " + line);
            }
        }
        LOG.infof("OpenAPI lint of %s: %d errors, %d warnings", document, report.path("totals").path("errors").asInt(),
                report.path("totals").path("warnings").asInt());
        assertEquals(List.of(), errors, "Redocly lint errors in the served OpenAPI document");
    }

    private static JsonNode lint(Path document) throws IOException, InterruptedException {
        Path stdout = WORK_DIR.resolve("redocly-report.json");
        Path stderr = WORK_DIR.resolve("redocly.log");
        ProcessBuilder builder = new ProcessBuilder("npx", "--yes", REDOCLY, "lint", "--format=json", "--config",
                Path.of("redocly.yaml").toAbsolutePath().toString(), document.toAbsolutePath().toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        // No telemetry or update checks: CI reaches the package registries only.
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run npx: the OpenAPI lint needs Node.js 20.19+ with npm", e);
        }
        // No standard input: CI has none, and npx must never wait for an answer.
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("Redocly lint did not finish within " + TIMEOUT_MINUTES + " minutes; see " + stderr);
        }
        String output = Files.readString(stdout, StandardCharsets.UTF_8);
        int start = output.indexOf('{');
        if (start < 0) {
            fail("Redocly lint exited with " + process.exitValue() + " and no JSON report:\n"
                    + Files.readString(stderr, StandardCharsets.UTF_8));
        }
        return new ObjectMapper().readTree(output.substring(start));
    }

    private static String describe(JsonNode problem) {
        JsonNode location = problem.path("location").path(0);
        return problem.path("severity").asText() + " " + problem.path("ruleId").asText() + " at "
                + location.path("pointer").asText() + " (line " + location.path("start").path("line").asText()
                + "): " + problem.path("message").asText();
    }
}
