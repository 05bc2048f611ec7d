package io.kiosque.syndication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import io.kiosque.article.Article;
import io.kiosque.article.ArticleStatus;
import io.kiosque.author.Author;
import io.kiosque.section.Section;
import io.kiosque.support.TestContent;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** RSS feeds and sitemaps parse as XML, keep French text intact and link to the public site. */
@QuarkusTest
class FeedsTest {

    static final String SITE = "https://www.kiosque.example";
    static final String SEED_SLUG = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-"
            + "ukrainien";
    static final String TRICKY = "Kim & Poutine : « l'alliance » <totale> \"sans faille\" — Séoul s'inquiète";

    @Inject
    TestContent content;

    @Test
    void feedsAreWellFormedRssWithTheSeedArticleInFrench() throws Exception {
        Response main = given().get("/feeds/rss.xml").then().statusCode(200)
                .contentType(startsWith("application/rss+xml")).extract().response();
        Document mainFeed = parse(main.asByteArray());
        assertEquals("2.0", xpath(mainFeed, "/rss/@version"));
        assertEquals(SITE + "/feeds/rss.xml", xpath(mainFeed, "/rss/channel/*[local-name()='link']/@href"));
        assertTrue(count(mainFeed, "/rss/channel/item") <= Feeds.SIZE);
        // The seed article (published in 2025) in its author's feed: the main one holds the 50 latest, and the tests
        // publish many articles.
        Document feed = parse(given().get("/feeds/authors/marline-contrasty/rss.xml").then().statusCode(200)
                .extract().asByteArray());
        String item = "/rss/channel/item[link='" + SITE + "/articles/" + SEED_SLUG + "']";
        assertEquals("La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien",
                xpath(feed, item + "/title"));
        assertTrue(xpath(feed, item + "/description").startsWith("Kim Jong-un affirme son soutien total à la Russie"));
        assertEquals("Marline Contrasty", xpath(feed, item + "/*[local-name()='creator']"));
        assertFalse(xpath(feed, item + "/pubDate").isBlank());
        assertTrue(xpath(feed, item + "/guid").startsWith("urn:uuid:"));
    }

    @Test
    void markupAndFrenchQuotesInAHeadlineAreEscapedAndKeptIntact() throws Exception {
        Tag tag = content.tag("Séoul", TagType.COUNTRY, null, null);
        content.article(TRICKY, ArticleStatus.PUBLISHED, Instant.now(), null, List.of(), List.of(tag));
        byte[] bytes = given().get("/feeds/tags/" + tag.slug + "/rss.xml").then().statusCode(200).extract()
                .asByteArray();
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(raw.contains("Kim &amp; Poutine"), raw);
        assertTrue(raw.contains("&lt;totale&gt;"), raw);
        assertTrue(raw.contains("« l'alliance »"), "French quotes are sent as UTF-8 characters: " + raw);
        Document feed = parse(bytes);
        assertEquals(TRICKY, xpath(feed, "/rss/channel/item/title"));
        assertEquals("Chapô de " + TRICKY, xpath(feed, "/rss/channel/item/description"));
        assertEquals("Séoul", xpath(feed, "/rss/channel/item/category[1]"));
    }

    @Test
    void controlCharactersPastedIntoAHeadlineNeverBreakTheFeed() throws Exception {
        Tag tag = content.tag("Bruxelles", TagType.ORGANISATION, null, null);
        content.article("Titre\u0001 avec\u000B contrôle", ArticleStatus.PUBLISHED, Instant.now(), null, List.of(),
                List.of(tag));
        Document feed = parse(given().get("/feeds/tags/" + tag.slug + "/rss.xml").then().statusCode(200).extract()
                .asByteArray());
        assertEquals("Titre avec contrôle", xpath(feed, "/rss/channel/item/title"));
    }

    @Test
    void sectionTagAndAuthorFeedsHoldTheirOwnLatestFiftyArticles() throws Exception {
        Section section = content.section("Asie", null);
        Author author = content.author("Léa Dupré");
        Tag tag = content.tag("Corée du Sud", TagType.COUNTRY, null, null);
        Instant start = Instant.now().minus(Duration.ofHours(2));
        for (int i = 0; i < Feeds.SIZE + 1; i++) {
            content.article("Dépêche " + i, ArticleStatus.PUBLISHED, start.plusSeconds(i), section, List.of(author),
                    List.of(tag));
        }
        content.article("Brouillon d'Asie", ArticleStatus.DRAFT, null, section, List.of(author), List.of(tag));
        content.article("Ailleurs", ArticleStatus.PUBLISHED, Instant.now(), null, List.of(), List.of());

        for (String path : List.of("/feeds/sections/" + section.slug + "/rss.xml",
                "/feeds/tags/" + tag.slug + "/rss.xml", "/feeds/authors/" + author.slug + "/rss.xml")) {
            Document feed = parse(given().get(path).then().statusCode(200).extract().asByteArray());
            assertEquals(Feeds.SIZE, count(feed, "/rss/channel/item"), path);
            assertEquals("Dépêche 50", xpath(feed, "/rss/channel/item[1]/title"), path);
            assertEquals("Dépêche 1", xpath(feed, "/rss/channel/item[50]/title"), path);
        }
        Document sectionFeed = parse(given().get("/feeds/sections/" + section.slug + "/rss.xml").then()
                .extract().asByteArray());
        assertEquals(SITE + "/sections/" + section.slug, xpath(sectionFeed, "/rss/channel/link"));
        assertEquals("Kiosque — Asie", xpath(sectionFeed, "/rss/channel/title"));
    }

    @Test
    void unknownSlugsAreProblems() {
        for (String kind : List.of("sections", "tags", "authors")) {
            given().get("/feeds/" + kind + "/nulle-part/rss.xml").then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
        }
    }

    @Test
    void feedsAreCacheableLikeEveryRead() {
        Response first = given().get("/feeds/sections/international/rss.xml").then().statusCode(200).extract()
                .response();
        given().header("If-None-Match", first.header("ETag")).get("/feeds/sections/international/rss.xml").then()
                .statusCode(304);
        given().header("If-Modified-Since", first.header("Last-Modified"))
                .get("/feeds/sections/international/rss.xml").then().statusCode(304);
        assertTrue(first.header("Surrogate-Key").contains("feeds"));
    }

    @Test
    void newsSitemapListsTheLastTwoDaysForGoogleNews() throws Exception {
        Article fresh = content.article("Flash : « accord » à Pyongyang", ArticleStatus.PUBLISHED,
                Instant.now().minus(Duration.ofHours(1)), null, List.of(), List.of());
        Article old = content.article("Vieille dépêche", ArticleStatus.PUBLISHED, Instant.now().minus(
                Duration.ofDays(3)), null, List.of(), List.of());
        Response response = given().get("/sitemap-news.xml").then().statusCode(200)
                .contentType(startsWith("application/xml")).header("ETag", org.hamcrest.Matchers.notNullValue())
                .extract().response();
        Document sitemap = parse(response.asByteArray());
        String url = "/*[local-name()='urlset']/*[local-name()='url'][*[local-name()='loc']='" + SITE + "/articles/"
                + fresh.slug + "']";
        String news = url + "/*[local-name()='news']";
        assertEquals("Kiosque", xpath(sitemap, news + "/*[local-name()='publication']/*[local-name()='name']"));
        assertEquals("fr", xpath(sitemap, news + "/*[local-name()='publication']/*[local-name()='language']"));
        assertEquals("Flash : « accord » à Pyongyang", xpath(sitemap, news + "/*[local-name()='title']"));
        assertTrue(Instant.parse(xpath(sitemap, news + "/*[local-name()='publication_date']"))
                .isAfter(Instant.now().minus(Duration.ofHours(2))));
        assertEquals(0, count(sitemap, "//*[local-name()='loc'][.='" + SITE + "/articles/" + old.slug + "']"));
        given().header("If-None-Match", response.header("ETag")).get("/sitemap-news.xml").then().statusCode(304);
    }

    @Test
    void sitemapIndexPointsAtTheNewsSitemapAndOneSitemapPerMonth() throws Exception {
        Instant publishedAt = Instant.parse("2024-02-10T10:00:00Z");
        Article february = content.article("Archives de février", ArticleStatus.PUBLISHED, publishedAt, null,
                List.of(), List.of());
        Document index = parse(given().get("/sitemap.xml").then().statusCode(200).extract().asByteArray());
        List<String> locs = texts(index, "//*[local-name()='sitemap']/*[local-name()='loc']");
        assertEquals(SITE + "/sitemap-news.xml", locs.get(0));
        assertTrue(locs.contains(SITE + "/sitemaps/articles/2024-02.xml"), locs.toString());

        Document month = parse(given().get("/sitemaps/articles/2024-02.xml").then().statusCode(200).extract()
                .asByteArray());
        assertTrue(texts(month, "//*[local-name()='loc']").contains(SITE + "/articles/" + february.slug));
        YearMonth empty = YearMonth.of(1999, 1);
        given().get("/sitemaps/articles/" + empty + ".xml").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/sitemaps/articles/fevrier.xml").then().statusCode(404);
        assertEquals(YearMonth.from(publishedAt.atOffset(ZoneOffset.UTC)), YearMonth.of(2024, 2));
    }

    @Test
    void feedsAndSitemapsAreDocumentedWithTheirMediaTypes() {
        var doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        for (String path : List.of("/feeds/rss.xml", "/feeds/sections/{slug}/rss.xml", "/feeds/tags/{slug}/rss.xml",
                "/feeds/authors/{slug}/rss.xml")) {
            assertTrue(doc.getMap("paths.'" + path + "'.get.responses.'200'.content").containsKey(
                    "application/rss+xml"), path);
        }
        for (String path : List.of("/sitemap.xml", "/sitemap-news.xml", "/sitemaps/articles/{month}.xml")) {
            assertTrue(doc.getMap("paths.'" + path + "'.get.responses.'200'.content").containsKey("application/xml"),
                    path);
        }
    }

    static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static String xpath(Document document, String expression) throws Exception {
        return xpath().evaluate(expression, document);
    }

    static int count(Document document, String expression) throws Exception {
        return ((NodeList) xpath().evaluate(expression, document, XPathConstants.NODESET)).getLength();
    }

    static List<String> texts(Document document, String expression) throws Exception {
        NodeList nodes = (NodeList) xpath().evaluate(expression, document, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static XPath xpath() {
        return XPathFactory.newInstance().newXPath();
    }
}
