package io.kiosque.client;

import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.kiosque.client.ReaderProgram.TwoPages;
import io.kiosque.support.NodeTools;
import io.kiosque.support.Seed;
import io.kiosque.support.ServedDocument;
import io.kiosque.support.TestContent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The served OpenAPI document makes a TypeScript client that a newcomer can use as is: openapi-typescript turns it into
 * types, {@code tsc --strict} compiles the program {@code src/test/ts/kiosque-client.ts} (openapi-fetch, no casts, no
 * type guards) against them, and node runs it against this server.
 */
@QuarkusTest
class TypedClientTest {

    private static final Path WORK_DIR = Path.of("target", "typed-client").toAbsolutePath();

    @Inject
    TestContent content;

    @Test
    void newcomersProgramReadsTheSeedListsFollowsTheCursorReadsATagAndGetsAProblem() {
        NodeTools.require("The openapi-typescript + openapi-fetch client check");
        TwoPages pages = ReaderProgram.twoPagesUnderOneTag(content);
        Path document = ServedDocument.saveTo(WORK_DIR);

        NodeTools.npx("openapi-typescript", document.toString(), "-o", "generated/kiosque.ts")
                .logTo(WORK_DIR.resolve("openapi-typescript.log")).run();
        NodeTools.npx("tsc", "--strict", "-p", "tsconfig.openapi-fetch.json").logTo(WORK_DIR.resolve("tsc.log"))
                .run();
        List<String> output = NodeTools.node("dist/kiosque-client.js", "http://localhost:" + RestAssured.port,
                Seed.SLUG, pages.tag().slug).logTo(WORK_DIR.resolve("kiosque-client.log")).run().lines().toList();

        ReaderProgram.assertReadsPublishedContent(output, pages);
    }
}
