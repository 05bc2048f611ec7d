package io.kiosque.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;

import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.kiosque.client.ReaderProgram.TwoPages;
import io.kiosque.support.Api;
import io.kiosque.support.NodeTools;
import io.kiosque.support.Seed;
import io.kiosque.support.ServedDocument;
import io.kiosque.support.TestContent;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The served OpenAPI document makes an SDK with @hey-api/openapi-ts (its fetch client) that a newcomer can use as is:
 * {@code tsc --strict} compiles {@code src/test/ts/hey-api-client.ts} against it, and node runs it against this server,
 * anonymously, then with an editor's token given to the SDK's {@code auth} option. The token must reach the operations
 * whose security makes it optional (listArticles, getArticle, listChanges), or drafts stay out of sight.
 */
@QuarkusTest
class HeyApiClientTest {

    private static final Path WORK_DIR = Path.of("target", "hey-api-client").toAbsolutePath();
    private static final String DRAFT = "Brouillon : l’été à Pyongyang, « avant publication »";

    @Inject
    TestContent content;

    @Test
    void sdkReadsPublishedContentThenWithAnEditorsTokenADraftAndItsCreationInTheChangeFeed() {
        NodeTools.require("The @hey-api/openapi-ts SDK check");
        TwoPages pages = ReaderProgram.twoPagesUnderOneTag(content);
        String editor = Api.editor();
        Tag draftTag = content.tag("Brouillons de Pyongyang", TagType.ORGANISATION, null, null);
        Api.draft(editor, DRAFT, List.of(draftTag.slug));
        Path document = ServedDocument.saveTo(WORK_DIR);

        NodeTools.npx("openapi-ts", "-i", document.toString(), "-o", "generated/hey-api")
                .logTo(WORK_DIR.resolve("openapi-ts.log")).run();
        NodeTools.npx("tsc", "--strict", "-p", "tsconfig.hey-api.json").logTo(WORK_DIR.resolve("tsc.log")).run();
        List<String> output = NodeTools.node("dist/hey-api-client.js", "http://localhost:" + RestAssured.port,
                Seed.SLUG, pages.tag().slug, editor, draftTag.slug).logTo(WORK_DIR.resolve("hey-api-client.log")).run()
                .lines().toList();

        ReaderProgram.assertReadsPublishedContent(output, pages);
        assertThat(output, hasItems("drafts, anonymous: 401", "drafts: " + DRAFT + " (draft)",
                "draft: " + DRAFT + " (draft), Chapô : " + DRAFT, "change: article created"));
    }
}
