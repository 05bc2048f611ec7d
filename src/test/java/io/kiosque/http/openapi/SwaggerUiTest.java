package io.kiosque.http.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kiosque.article.ArticleStatus;
import io.kiosque.support.NodeTools;
import io.kiosque.support.Seed;
import io.kiosque.support.TestContent;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Swagger UI works in a real browser: headless Chromium (driven by src/test/ts/browser/swagger-ui.mjs) opens
 * /q/swagger-ui, uses "Try it out" on getArticle and listArticles, and reads the live responses. The page is opened
 * under two host names of this server (localhost and 127.0.0.1), and "Try it out" must call the one that served it. One
 * browser run serves every test here; its report and screenshots of failed steps are in target/swagger-ui.
 */
@QuarkusTest
class SwaggerUiTest {

    private static final Logger LOG = Logger.getLogger(SwaggerUiTest.class);
    private static final Path WORK_DIR = Path.of("target", "swagger-ui").toAbsolutePath();
    private static final String TAGGED = "Essai dans Swagger UI : « l’été » à Vladivostok";
    private static final List<String> HOSTS = List.of("localhost", "127.0.0.1");

    private static JsonNode report;

    @Inject
    TestContent content;

    /** Runs the browser before the first test, so that a missing browser skips each test rather than failing it. */
    @BeforeEach
    void useSwaggerUiInABrowser() {
        report();
    }

    @Test
    void tryItOutReadsTheSeedArticle() {
        JsonNode answer = page("localhost").path("getArticle");
        assertEquals("200", answer.path("status").asText(), answer.toPrettyString());
        assertThat(answer.path("body").asText(), containsString("\"headline\": \"" + Seed.HEADLINE + "\""));
    }

    @Test
    void tryItOutListsArticlesUnderATagEnteredAsAnArrayItem() {
        JsonNode answer = page("localhost").path("listArticles");
        assertEquals("200", answer.path("status").asText(), answer.toPrettyString());
        assertThat(answer.path("requestUrl").asText(), containsString("tag="));
        assertThat(answer.path("body").asText(), containsString("\"headline\": \"" + TAGGED + "\""));
    }

    @Test
    void tryItOutCallsTheServerThatServedThePageWhateverItsHostName() {
        assertAll(HOSTS.stream().map(host -> () -> {
            JsonNode answer = page(host).path("getArticle");
            assertThat(host + ": " + answer.toPrettyString(), answer.path("requestUrl").asText(), startsWith(origin(
                    host) + "/api/v1/articles/" + Seed.SLUG));
            assertEquals("200", answer.path("status").asText(), host + ": " + answer.toPrettyString());
        }));
    }

    @Test
    void pagesShowNoConsoleErrorAndNoContentSecurityPolicyViolation() {
        assertAll(HOSTS.stream().map(host -> () -> {
            JsonNode page = page(host);
            List<String> problems = new ArrayList<>();
            texts(page.path("cspViolations")).forEach(violation -> problems.add("CSP violation: " + violation));
            texts(page.path("consoleErrors")).forEach(error -> problems.add("console error: " + error));
            assertEquals(List.of(), problems, "Swagger UI under " + host);
        }));
    }

    private JsonNode page(String host) {
        for (JsonNode page : report().path("pages")) {
            if (page.path("pageUrl").asText().startsWith(origin(host) + "/")) {
                assertEquals("", page.path("error").asText(""), "The browser could not open " + page.path("pageUrl"));
                return page;
            }
        }
        throw new IllegalStateException("No page under " + host + " in " + report);
    }

    /** Runs the browser once for every test here: a page under each host name, each with both operations. */
    private synchronized JsonNode report() {
        if (report == null) {
            Path chromium = NodeTools.requireChromium("The Swagger UI check in a browser");
            Tag tag = content.tag("Swagger UI", TagType.ORGANISATION, null, null);
            content.article(TAGGED, ArticleStatus.PUBLISHED, Instant.now().minusSeconds(60), null, List.of(), List.of(
                    tag));
            try {
                Files.createDirectories(WORK_DIR);
                String[] pages = HOSTS.stream().map(host -> origin(host) + "/q/swagger-ui/").toArray(String[]::new);
                NodeTools.node("browser/swagger-ui.mjs", chromium.toString(), WORK_DIR.toString(), Seed.SLUG, tag.slug)
                        .with(pages).logTo(WORK_DIR.resolve("swagger-ui.log")).run();
                report = new ObjectMapper().readTree(WORK_DIR.resolve("report.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LOG.info("Swagger UI in Chromium: " + report.toPrettyString());
        }
        return report;
    }

    private static String origin(String host) {
        return "http://" + host + ":" + RestAssured.port;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
