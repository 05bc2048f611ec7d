package io.kiosque.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.kiosque.article.Article;
import io.kiosque.article.ArticleStatus;
import io.kiosque.section.Section;
import io.kiosque.support.SqlStatements;
import io.kiosque.support.TestContent;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * French-aware full-text search ({@code q} on the article list), against the seed article and unrelated articles that
 * share common words with it. {@link EmbeddedDatabaseSearchTest} runs the same cases on the embedded database.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {

    @Inject
    SqlStatements sqlStatements;

    static final String SEED_SLUG = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-"
            + "ukrainien";
    static final String ARTICLES = "/api/v1/articles";

    @Inject
    TestContent content;

    @Inject
    SearchContent search;

    Section economy;
    Tag japan;
    List<String> unrelated;
    Article headlineMatch;
    Article bodyMatch;
    Article draft;
    List<Article> paginated;
    Article snippetProbe;

    @BeforeAll
    void createContent() {
        economy = content.section("Économie", null);
        japan = content.tag("Japon", TagType.COUNTRY, null, null);
        // Common words of the seed (affirme, stratégique, conflit, rencontre, soutien, Moscou, nord, agence...), none
        // of the words searched for.
        unrelated = Stream.of(
                search.article("Le Japon affirme sa stratégie face au conflit commercial",
                        "Tokyo affirme son soutien total aux exportateurs lors d'une rencontre avec les industriels du "
                                + "nord du pays.",
                        ArticleStatus.PUBLISHED, economy, List.of(japan),
                        "La rencontre s'est déroulée dans une atmosphère de confiance, selon l'agence de presse "
                                + "japonaise."),
                search.article("Moscou accueille un sommet sur l'énergie",
                        "Les ministres des Affaires étrangères évoquent la stabilité internationale et la coopération.",
                        ArticleStatus.PUBLISHED, null, List.of(),
                        "Un partenariat en pleine expansion, mais aucun pacte de défense mutuelle n'est à l'ordre du "
                                + "jour."))
                .map(article -> article.slug).toList();
        draft = search.article("Koursk : la contre-offensive vue par KCNA", "Un brouillon sur la Corée du Nord.",
                ArticleStatus.DRAFT, null, List.of(), "Les alliances de Pyongyang, selon l'Ukraine.");

        headlineMatch = search.article("La Zorbulie élit son président", "Un scrutin sans surprise.",
                ArticleStatus.PUBLISHED, null, List.of(), "Le vote s'est tenu dimanche dans le calme.");
        bodyMatch = search.article("Élections dans les Balkans", "Un scrutin disputé.", ArticleStatus.PUBLISHED, null,
                List.of(), "Les observateurs venus de Zorbulie ont salué la bonne tenue du vote.");

        paginated = new ArrayList<>();
        paginated.add(search.article("Quetzalie, Quetzalie, Quetzalie", null, ArticleStatus.PUBLISHED, null, List.of(),
                "La Quetzalie en fête."));
        paginated.add(search.article("Quetzalie et Quetzalie", null, ArticleStatus.PUBLISHED, null, List.of(),
                "Rien à signaler."));
        paginated.add(search.article("Nouvelles du monde", null, ArticleStatus.PUBLISHED, null, List.of(),
                "Un mot de la Quetzalie, parmi bien d'autres nouvelles du jour et de la semaine."));
        // Two articles with the same text rank the same: the id breaks the tie.
        paginated.add(
                search.article("Brèves", null, ArticleStatus.PUBLISHED, null, List.of(), "Temps calme en Quetzalie."));
        paginated.add(
                search.article("Brèves", null, ArticleStatus.PUBLISHED, null, List.of(), "Temps calme en Quetzalie."));

        snippetProbe = search.article("Sécurité des navigateurs", null, ArticleStatus.PUBLISHED, null, List.of(),
                "Avant <script>alert('pwn')</script> la Xylophonie & ses « voisins » \uE000faux\uE001 <b>gras</b> "
                        + "fin.");
    }

    static Stream<String> seedQueries() {
        return Stream.of("coree", "Corée du Nord", "\"Corée du Nord\"", "alliances", "Koursk", "l'Ukraine", "KCNA",
                "CORÉE", "l’Ukraine", "lʼUkraine", "d'État", "\"agence d'État\"", "RPDC", "Kim Jong-un");
    }

    @ParameterizedTest
    @MethodSource("seedQueries")
    void frenchQueriesFindTheSeedArticleAndNothingUnrelated(String q) {
        List<String> slugs = slugs(given().queryParam("q", q).queryParam("limit", 100).get(ARTICLES).then());
        assertTrue(slugs.contains(SEED_SLUG), q + " should find the seed article: " + slugs);
        for (String slug : unrelated) {
            assertFalse(slugs.contains(slug), q + " should not find " + slug);
        }
    }

    @Test
    void everyWordIsRequired() {
        given().queryParam("q", "Corée du Sud").get(ARTICLES).then().statusCode(200)
                .body("items.slug", not(hasItem(SEED_SLUG)));
        given().queryParam("q", "\"Nord Corée\"").get(ARTICLES).then().statusCode(200)
                .body("items.slug", not(hasItem(SEED_SLUG)));
    }

    @Test
    void headlineMatchRanksAboveBodyMatch() {
        given().queryParam("q", "zorbulie").get(ARTICLES).then().statusCode(200)
                .body("items.slug", contains(headlineMatch.slug, bodyMatch.slug));
        given().queryParam("q", "zorbulie").queryParam("sort", "relevance").get(ARTICLES).then().statusCode(200)
                .body("items.slug", contains(headlineMatch.slug, bodyMatch.slug));
    }

    @Test
    void otherSortsWorkWithAQuery() {
        given().queryParam("q", "zorbulie").queryParam("sort", "-publishedAt").get(ARTICLES).then().statusCode(200)
                .body("items.slug", contains(bodyMatch.slug, headlineMatch.slug))
                .body("items.snippet", everyItem(notNullValue()));
        given().queryParam("q", "zorbulie").queryParam("sort", "publishedAt").get(ARTICLES).then().statusCode(200)
                .body("items.slug", contains(headlineMatch.slug, bodyMatch.slug));
    }

    @Test
    void queryCombinesWithFilters() {
        given().queryParam("q", "coree").queryParam("section", "international").queryParam("tag", "coree-du-nord")
                .queryParam("tagType", "country").queryParam("language", "fr").get(ARTICLES).then().statusCode(200)
                .body("items.slug", hasItem(SEED_SLUG));
        given().queryParam("q", "coree").queryParam("section", economy.slug).get(ARTICLES).then().statusCode(200)
                .body("items", empty());
        given().queryParam("q", "coree").queryParam("tag", japan.slug).get(ARTICLES).then().statusCode(200)
                .body("items", empty());
        given().queryParam("q", "affirme").queryParam("tag", japan.slug).get(ARTICLES).then().statusCode(200)
                .body("items.slug", contains(unrelated.get(0)));
        given().queryParam("q", "coree").queryParam("to", "2000-01-01").get(ARTICLES).then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void draftsAreNeverFoundAnonymously() {
        for (String q : List.of("Koursk", "KCNA", "contre-offensive", "brouillon")) {
            given().queryParam("q", q).queryParam("limit", 100).get(ARTICLES).then().statusCode(200)
                    .body("items.slug", not(hasItem(draft.slug)));
        }
    }

    @Test
    void paginationByRelevanceVisitsEveryResultOnceInRankOrder() {
        List<String> expected = paginated.stream().map(article -> article.slug).toList();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("q", "quetzalie").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(ARTICLES).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.slug"));
            cursor = page.getString("nextCursor");
            if (pages++ == 0) {
                // A better match published between two pages belongs before the cursor: it must neither shift the
                // following pages nor appear in them.
                paginated.add(search.article("Quetzalie, Quetzalie, Quetzalie, Quetzalie", null,
                        ArticleStatus.PUBLISHED, null, List.of(), "Quetzalie, Quetzalie."));
            }
        } while (cursor != null && pages < 10);
        assertEquals(3, pages);
        assertEquals(expected.size(), new HashSet<>(seen).size(), "no result twice: " + seen);
        assertEquals(Set.copyOf(expected), Set.copyOf(seen));
        assertEquals(expected.subList(0, 2), seen.subList(0, 2), "more mentions, higher rank: " + seen);
        assertEquals(expected.get(2), seen.get(4), "same single mention in a longer article, lower rank: " + seen);
    }

    @Test
    void tieBreakIsStable() {
        JsonPath first = given().queryParam("q", "\"temps calme\" quetzalie").get(ARTICLES).then().statusCode(200)
                .extract().jsonPath();
        List<String> slugs = first.getList("items.slug");
        assertEquals(2, slugs.size());
        String firstPage = given().queryParam("q", "\"temps calme\" quetzalie").queryParam("limit", 1).get(ARTICLES)
                .then().statusCode(200).extract().path("items[0].slug");
        String cursor = given().queryParam("q", "\"temps calme\" quetzalie").queryParam("limit", 1).get(ARTICLES)
                .then().extract().path("nextCursor");
        String secondPage = given().queryParam("q", "\"temps calme\" quetzalie").queryParam("limit", 1)
                .queryParam("cursor", cursor).get(ARTICLES).then().statusCode(200).extract().path("items[0].slug");
        assertEquals(slugs, List.of(firstPage, secondPage));
    }

    @Test
    void snippetsHighlightMatchesAndAreSafeHtml() {
        String snippet = given().queryParam("q", "xylophonie").get(ARTICLES).then().statusCode(200)
                .body("items.slug", contains(snippetProbe.slug)).extract().path("items[0].snippet");
        assertTrue(snippet.contains("<mark>Xylophonie</mark>"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;alert(&#39;pwn&#39;)&lt;/script&gt;"), snippet);
        assertTrue(snippet.contains("&lt;b&gt;gras&lt;/b&gt;"), snippet);
        assertTrue(snippet.contains("&amp; ses « voisins » faux"), snippet);
        assertEquals(1, snippet.split("<mark>", -1).length - 1, "content cannot forge a highlight: " + snippet);
        assertEquals(snippet.replace("<mark>", "").replace("</mark>", ""),
                snippet.replaceAll("<[^>]*>", ""), "no element but mark: " + snippet);

        given().queryParam("q", "coree").queryParam("tag", "coree-du-nord").get(ARTICLES).then().statusCode(200)
                .body("items.find { it.slug == '" + SEED_SLUG + "' }.snippet", containsString("<mark>Corée</mark>"));
        given().queryParam("q", "KCNA").queryParam("tag", "coree-du-nord").get(ARTICLES).then().statusCode(200)
                .body("items.find { it.slug == '" + SEED_SLUG + "' }.snippet",
                        containsString("l&#39;agence d&#39;État <mark>KCNA</mark>"));
    }

    @Test
    void listsWithoutQueryHaveNoSnippet() {
        given().queryParam("section", "international").get(ARTICLES).then().statusCode(200)
                .body("items[0]", hasKey("snippet")).body("items[0].snippet", nullValue());
    }

    @Test
    void renamedTagsAndNewTagsAreSearchable() {
        Tag atlantis = content.tag("Atlantide", TagType.COUNTRY, null, null);
        Article tagged = search.article("Une île engloutie", null, ArticleStatus.PUBLISHED, null, List.of(atlantis),
                "Des plongeurs explorent les ruines.");
        given().queryParam("q", "atlantide").get(ARTICLES).then().body("items.slug", contains(tagged.slug));

        search.renameTag(atlantis, "Lémurie", List.of("Continent perdu"));
        given().queryParam("q", "atlantide").get(ARTICLES).then().body("items", empty());
        given().queryParam("q", "lemurie").get(ARTICLES).then().body("items.slug", contains(tagged.slug));
        given().queryParam("q", "\"continent perdu\"").get(ARTICLES).then().body("items.slug", contains(tagged.slug));

        Tag hyperborea = content.tag("Hyperborée", TagType.COUNTRY, null, null);
        given().queryParam("q", "hyperboree").get(ARTICLES).then().body("items", empty());
        search.retag(tagged, List.of(hyperborea));
        given().queryParam("q", "hyperboree").get(ARTICLES).then().body("items.slug", contains(tagged.slug));
        given().queryParam("q", "lemurie").get(ARTICLES).then().body("items", empty());
    }

    @Test
    void aSearchPageCostsThreeStatements() {
        given().queryParam("q", "quetzalie").queryParam("limit", 2).get(ARTICLES).then().statusCode(200)
                .body("nextCursor", notNullValue());
        assertEquals(3, sqlStatements.of(ARTICLES + "?q=quetzalie&limit=2"), "articles, authors, tags");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "&|!:*()", "\"Corée du Nord", "\"", "\\", "<->", "!!",
            "*:", "(", ")", "-", "--coree", "or", "or or", "le", "le la les du", "' or 1=1 --", "%", "%00",
            "🇰🇵 Corée",
            "\uFFFF", "a:*", "corée:A", "&amp;", "<script>"})
    void oddQueriesNeverFail(String q) {
        given().queryParam("q", q).get(ARTICLES).then().statusCode(200).contentType("application/json")
                .body("items", notNullValue());
    }

    @Test
    void aNulCharacterIsRefusedNotSearched() {
        // PostgreSQL cannot store or compare NUL: such input is refused everywhere, search included.
        given().queryParam("q", "Corée\u0000Nord").get(ARTICLES).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aQueryOfStopWordsFindsNothing() {
        given().queryParam("q", "le la du").get(ARTICLES).then().statusCode(200).body("items", empty())
                .body("nextCursor", nullValue());
    }

    @Test
    void queriesAreBounded() {
        given().queryParam("q", "a".repeat(SearchQuery.MAX_LENGTH)).get(ARTICLES).then().statusCode(200);
        given().queryParam("q", "é".repeat(SearchQuery.MAX_LENGTH)).get(ARTICLES).then().statusCode(200);
        problem(given().queryParam("q", "a".repeat(SearchQuery.MAX_LENGTH + 1)).get(ARTICLES).then(), "q");
        problem(given().queryParam("q", "").get(ARTICLES).then(), "q");
        problem(given().queryParam("q", "  \t ").get(ARTICLES).then(), "q");
        problem(given().queryParam("q", "\u0000").get(ARTICLES).then(), "q");
        problem(given().queryParam("q", "coree").queryParam("q", "kcna").get(ARTICLES).then(), "q");
    }

    @Test
    void relevanceNeedsAQuery() {
        problem(given().queryParam("sort", "relevance").get(ARTICLES).then(), "sort");
    }

    @Test
    void aCursorBelongsToItsQuery() {
        String cursor = given().queryParam("q", "quetzalie").queryParam("limit", 1).get(ARTICLES).then()
                .extract().path("nextCursor");
        problem(given().queryParam("q", "zorbulie").queryParam("limit", 1).queryParam("cursor", cursor).get(ARTICLES)
                .then(), "cursor");
        problem(given().queryParam("q", "quetzalie").queryParam("sort", "-publishedAt").queryParam("cursor", cursor)
                .get(ARTICLES).then(), "cursor");
        // The same cursor with NaN for a rank.
        String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        String[] parts = raw.split("\u001f");
        parts[3] = "7fc00000";
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
        given().queryParam("q", "quetzalie").queryParam("limit", 1).queryParam("cursor", cursor).get(ARTICLES).then()
                .statusCode(200);
        problem(given().queryParam("q", "quetzalie").queryParam("limit", 1).queryParam("cursor", forged).get(ARTICLES)
                .then(), "cursor");
    }

    @Test
    void rankEncodingIsExact() {
        for (float rank : new float[]{0f, 1e-30f, 0.1f, 0.0182599574f, Float.MIN_VALUE, 1f / 3}) {
            assertEquals(Float.floatToIntBits(rank),
                    Float.floatToIntBits(FullTextSearch.decodeRank(FullTextSearch.encodeRank(rank))));
        }
        assertNotEquals(FullTextSearch.encodeRank(0.1f), FullTextSearch.encodeRank(Math.nextUp(0.1f)));
    }

    @Test
    void snippetsOutsideSearchesStayNull() {
        assertNull(Snippets.toHtml(null));
        assertEquals("a <mark>b</mark> &lt;c&gt;", Snippets.toHtml(" a\n\n\uE000b\uE001 \uE002c>"));
    }

    private static void problem(ValidatableResponse response, String parameter) {
        response.statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("errors[0].parameter", equalTo(parameter));
    }

    private static List<String> slugs(ValidatableResponse response) {
        return response.statusCode(200).extract().jsonPath().getList("items.slug");
    }
}
