package io.kiosque.client;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.kiosque.article.ArticleStatus;
import io.kiosque.support.TestContent;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The served OpenAPI document generates a TypeScript client that type-checks and works: openapi-typescript turns the
 * document into types, {@code tsc --noEmit --strict} checks the program in {@code src/test/ts} against them, and node
 * runs it against this server. Needs Node.js with npm and the npm registry (versions pinned by package-lock.json).
 */
@QuarkusTest
class TypedClientTest {

    private static final Logger LOG = Logger.getLogger(TypedClientTest.class);
    private static final String SEED_SLUG = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien";
    private static final Path PROJECT = Path.of("src", "test", "ts").toAbsolutePath();
    private static final Path WORK_DIR = Path.of("target", "typed-client").toAbsolutePath();
    // npm ci downloads the pinned packages on a new machine; later runs take seconds.
    private static final long TIMEOUT_MINUTES = 5;

    @Inject
    TestContent content;

    @Test
    void generatedClientListsReadsPaginatesAndReadsTags() throws Exception {
        // Two published articles under one tag: two pages with limit=1.
        Tag tag = content.tag("Vladivostok", TagType.ORGANISATION, null, "Q958");
        content.article("Première page : « Vladivostok »", ArticleStatus.PUBLISHED, Instant.now().minusSeconds(60),
                null, List.of(), List.of(tag));
        content.article("Seconde page : l'Extrême-Orient russe", ArticleStatus.PUBLISHED, Instant.now().minusSeconds(
                120), null, List.of(), List.of(tag));

        Files.createDirectories(WORK_DIR);
        Path document = WORK_DIR.resolve("openapi.json");
        Files.writeString(document, given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString(), StandardCharsets.UTF_8);

        run("npm-ci", "npm", "ci", "--no-audit", "--no-fund");
        run("openapi-typescript", "npx", "--no-install", "openapi-typescript", document.toString(), "-o",
                PROJECT.resolve("generated").resolve("kiosque.ts").toString());
        run("tsc-check", "npx", "--no-install", "tsc", "--noEmit", "--strict", "-p", ".");
        run("tsc-build", "npx", "--no-install", "tsc", "-p", ".");
        String output = run("node", "node", PROJECT.resolve("dist").resolve("kiosque-client.js").toString(),
                "http://localhost:" + RestAssured.port, SEED_SLUG, tag.slug);
        LOG.info("Typed client program output:\n" + output);
        assertEquals(true, output.contains("typed client: all checks passed"), output);
    }

    /** Runs a command in src/test/ts; its output is returned, and shown in full when it fails. */
    private static String run(String step, String... command) throws IOException, InterruptedException {
        Path log = WORK_DIR.resolve(step + ".log");
        List<String> line = new ArrayList<>(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).directory(PROJECT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("NO_UPDATE_NOTIFIER", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Cannot run " + command[0] + ": the typed client test needs Node.js with npm",
                    e);
        }
        // No standard input: CI has none, and npm must never wait for an answer.
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(step + " did not finish within " + TIMEOUT_MINUTES + " minutes; see " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail(step + " (" + String.join(" ", command) + ") exited with " + process.exitValue() + ":\n" + output);
        }
        return output;
    }
}
