package io.kiosque.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kiosque.article.Article;
import io.kiosque.article.ArticleStatus;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The write guard sees changes that keep row counts and timestamps: in-place updates and swapped rows. */
@QuarkusTest
class NothingWrittenTest {

    @Inject
    NothingWritten nothingWritten;
    @Inject
    Sql sql;
    @Inject
    TestContent content;

    private String webhook;
    private String token;

    @BeforeEach
    void createRows() {
        webhook = Api.as(Api.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", "https://hooks.example.com/guard", "events", List.of("article.published"),
                        "secret", "a-secret-of-at-least-sixteen-characters", "description", "avant"))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        token = Api.as(Api.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", TestContent.unique("garde"), "role", "contributor")).post("/api/v1/tokens")
                .then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void removeRows() {
        Api.as(Api.ADMIN).delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
        sql.execute("delete from api_token where id = '" + token + "'");
    }

    @Test
    void readsAreNotReportedAsWrites() {
        assertEquals(List.of(), nothingWritten.changedBy(() -> {
            Api.as(Api.ADMIN).get("/api/v1/webhooks/" + webhook).then().statusCode(200);
            Api.as(Api.ADMIN).get("/api/v1/tokens").then().statusCode(200);
            Api.as(Api.ADMIN).get("/api/v1/articles").then().statusCode(200);
        }));
    }

    @Test
    void anInPlaceUpdateOfAWebhookIsSeen() {
        List<String> changed = nothingWritten
                .changedBy(() -> sql.execute("update webhook set description = 'après' where id = '" + webhook + "'"));
        assertSameCount("webhook", changed);
    }

    @Test
    void anInPlaceUpdateOfATokenIsSeen() {
        List<String> changed = nothingWritten
                .changedBy(() -> sql.execute("update api_token set name = 'renommé' where id = '" + token + "'"));
        assertSameCount("api_token", changed);
    }

    @Test
    void twoArticleTagsSwappedAreSeen() {
        Tag first = content.tag(TestContent.unique("Premier"), TagType.PERSON, null, null);
        Tag second = content.tag(TestContent.unique("Second"), TagType.PERSON, null, null);
        Article article = content.article(TestContent.unique("Échange"), ArticleStatus.PUBLISHED, Instant.now(), null,
                List.of(), List.of(first, second));
        String where = " where article_id = '" + article.id + "' and position = ";
        // Through a spare position: (article, position) is the primary key, checked row by row.
        String swap = "update article_tag set position = 2" + where + "0; update article_tag set position = 0" + where
                + "1; update article_tag set position = 1" + where + "2";
        List<String> changed = nothingWritten.changedBy(() -> sql.execute(swap));
        // The article's search vector follows its tags (a trigger), so the article row changes too.
        assertEquals(2, changed.size(), changed.toString());
        assertTrue(changed.get(0).matches("article \\((\\d+) rows before, \\1 after\\)"), changed.get(0));
        assertTrue(changed.get(1).matches("article_tag \\((\\d+) rows before, \\1 after\\)"), changed.get(1));
    }

    @Test
    void duringFailsNamingTheTableWritten() {
        AssertionError error = assertThrows(AssertionError.class, () -> nothingWritten.during(() -> {
            sql.execute("update webhook set description = 'encore' where id = '" + webhook + "'");
            return null;
        }));
        assertTrue(error.getMessage().contains("webhook ("), error.getMessage());
    }

    /** Only this table changed, and its row count did not: what counts and timestamps alone would have missed. */
    private static void assertSameCount(String table, List<String> changed) {
        assertEquals(1, changed.size(), changed.toString());
        assertTrue(changed.get(0).matches(table + " \\((\\d+) rows before, \\1 after\\)"), changed.get(0));
    }
}
