package io.kiosque.http.openapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kiosque.support.Command;
import io.kiosque.support.NodeTools;
import io.kiosque.support.ServedDocument;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The document integrators download passes Redocly's recommended-strict rules (redocly.yaml at the project root)
 * without a single problem, warning or error. Redocly CLI is pinned by src/test/ts/package-lock.json.
 */
@QuarkusTest
class OpenApiLintTest {

    private static final Logger LOG = Logger.getLogger(OpenApiLintTest.class);
    private static final Path WORK_DIR = Path.of("target", "openapi-lint").toAbsolutePath();

    @Test
    void servedDocumentHasNoLintProblem() {
        NodeTools.require("The Redocly lint of the OpenAPI document");
        Path document = ServedDocument.saveTo(WORK_DIR);

        JsonNode report = lint(document);
        assertTrue(report.path("totals").has("errors"), "Unexpected Redocly report: " + report);
        List<String> problems = new ArrayList<>();
        report.path("problems").forEach(problem -> problems.add(describe(problem)));
        LOG.infof("OpenAPI lint of %s: %d errors, %d warnings", document, report.path("totals").path("errors").asInt(),
                report.path("totals").path("warnings").asInt());
        assertTrue(problems.isEmpty(), "Redocly finds " + problems.size() + " problems in the served OpenAPI "
                + "document:\n" + String.join("\n", problems));
    }

    private static JsonNode lint(Path document) {
        // The JSON report goes to standard output, which is kept apart from the messages to parse it.
        Command.Result result = NodeTools.npx("redocly", "lint", "--format=json", "--config", Path.of("redocly.yaml")
                .toAbsolutePath().toString(), document.toString()).logTo(WORK_DIR.resolve("redocly-report.json"))
                .errorsTo(WORK_DIR.resolve("redocly.log")).exec();
        int start = result.output().indexOf('{');
        if (start < 0) {
            throw new IllegalStateException("Redocly lint exited with " + result.exitCode() + " and no JSON report; "
                    + "see " + WORK_DIR.resolve("redocly.log"));
        }
        try {
            return new ObjectMapper().readTree(result.output().substring(start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(JsonNode problem) {
        JsonNode location = problem.path("location").path(0);
        return problem.path("severity").asText() + " " + problem.path("ruleId").asText() + " at "
                + location.path("pointer").asText() + " (line " + location.path("start").path("line").asText()
                + "): " + problem.path("message").asText();
    }
}
