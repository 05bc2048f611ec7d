package io.kiosque.security;

import static io.kiosque.security.AuthorizationMatrixSuite.Access.ADMIN_ONLY;
import static io.kiosque.security.AuthorizationMatrixSuite.Access.ANY_CONTRIBUTOR;
import static io.kiosque.security.AuthorizationMatrixSuite.Access.ARTICLE_READ;
import static io.kiosque.security.AuthorizationMatrixSuite.Access.EDITOR_ONLY;
import static io.kiosque.security.AuthorizationMatrixSuite.Access.OWN_DRAFT;
import static io.kiosque.security.AuthorizationMatrixSuite.Access.PUBLIC;
import static io.kiosque.security.AuthorizationMatrixSuite.Access.PUBLIC_ARTICLE_READ;
import static io.restassured.RestAssured.given;
import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.kiosque.author.Author;
import io.kiosque.section.Section;
import io.kiosque.support.Api;
import io.kiosque.support.ApiOperations;
import io.kiosque.support.NothingWritten;
import io.kiosque.support.TestContent;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagType;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The authorisation matrix: every operation of the served OpenAPI document, called by every kind of caller, on a target
 * that exists and on one that does not, under every spelling of its path. The expected decision of each cell comes from
 * {@link #EXPECTED}, written out by hand from the product rules: loosening a rule in the code fails here.
 *
 * <p>
 * Rules the matrix pins (WordPress 4.7: an authorisation check must not depend on the target existing):
 * <ul>
 * <li>a revoked token is refused (401) everywhere, public reads included;</li>
 * <li>a caller below the operation's role gets 401 (anonymous) or 403 (token), whether the target exists or not;</li>
 * <li>a caller with the role gets 404 for a target that does not exist, and for an article it may not even see (another
 * contributor's draft), so that existence never leaks;</li>
 * <li>contributors edit their own drafts only: someone else's, or their own once published, is 403;</li>
 * <li>every refusal is a problem document, and refused requests write nothing;</li>
 * <li>allowed writes really succeed, with a valid body and If-Match (428 without it).</li>
 * </ul>
 */
abstract class AuthorizationMatrixSuite {

    /** The columns of the matrix. */
    enum Who {
        ANONYMOUS, REVOKED, CONTRIBUTOR, OTHER_CONTRIBUTOR, EDITOR, ADMIN
    }

    /** Who may call an operation. */
    enum Access {
        /** Everyone, anonymous included. */
        PUBLIC,
        /** Everyone; a draft only to its contributor, editors and admins (404 to the others, as if missing). */
        PUBLIC_ARTICLE_READ,
        /** Contributors and up; a draft only to its contributor, editors and admins. */
        ARTICLE_READ,
        /** Contributors and up, on something of their own making. */
        ANY_CONTRIBUTOR,
        /** Contributors on their own drafts (403 once published or not theirs); editors and admins on any article. */
        OWN_DRAFT,
        /** Editors and admins. */
        EDITOR_ONLY,
        /** Admins. */
        ADMIN_ONLY
    }

    /** Which target a request names. */
    enum Target {
        /** None: the operation's path names a collection. */
        COLLECTION,
        /** An article: the contributor's draft. */
        DRAFT,
        /** An article: the contributor's article, now published. */
        PUBLISHED,
        /** Any other resource, which exists. */
        EXISTING,
        /** Nothing has this id. */
        MISSING
    }

    record Rule(Access access, int success) {
    }

    /** The expectation table: one row per operation of the API. A new operation must be added here. */
    static final Map<String, Rule> EXPECTED = Map.ofEntries(
            // Articles, as readers see them
            entry("listArticles", new Rule(PUBLIC, 200)),
            entry("getArticle", new Rule(PUBLIC_ARTICLE_READ, 200)),
            entry("getArticleJsonLd", new Rule(PUBLIC_ARTICLE_READ, 200)),
            entry("listArticleFields", new Rule(PUBLIC, 200)),
            entry("getArticleFields", new Rule(PUBLIC_ARTICLE_READ, 200)),
            // Articles, editorial side
            entry("createArticle", new Rule(ANY_CONTRIBUTOR, 201)),
            entry("replaceArticle", new Rule(OWN_DRAFT, 200)),
            entry("patchArticle", new Rule(OWN_DRAFT, 200)),
            entry("deleteArticle", new Rule(EDITOR_ONLY, 204)),
            entry("publishArticle", new Rule(EDITOR_ONLY, 200)),
            entry("unpublishArticle", new Rule(EDITOR_ONLY, 200)),
            entry("archiveArticle", new Rule(EDITOR_ONLY, 200)),
            entry("listArticleRevisions", new Rule(ARTICLE_READ, 200)),
            entry("getArticleRevision", new Rule(ARTICLE_READ, 200)),
            entry("compareArticleRevisions", new Rule(ARTICLE_READ, 200)),
            entry("restoreArticleRevision", new Rule(OWN_DRAFT, 200)),
            entry("createPreviewLink", new Rule(OWN_DRAFT, 201)),
            entry("revokePreviewLinks", new Rule(OWN_DRAFT, 204)),
            entry("suggestArticleTags", new Rule(OWN_DRAFT, 200)),
            entry("suggestTags", new Rule(ANY_CONTRIBUTOR, 200)),
            entry("importWireCopy", new Rule(EDITOR_ONLY, 201)),
            // Sections: admins write
            entry("listSections", new Rule(PUBLIC, 200)),
            entry("getSection", new Rule(PUBLIC, 200)),
            entry("createSection", new Rule(ADMIN_ONLY, 201)),
            entry("replaceSection", new Rule(ADMIN_ONLY, 200)),
            entry("patchSection", new Rule(ADMIN_ONLY, 200)),
            entry("deleteSection", new Rule(ADMIN_ONLY, 204)),
            // Authors and tags: editors write
            entry("listAuthors", new Rule(PUBLIC, 200)),
            entry("getAuthor", new Rule(PUBLIC, 200)),
            entry("createAuthor", new Rule(EDITOR_ONLY, 201)),
            entry("replaceAuthor", new Rule(EDITOR_ONLY, 200)),
            entry("patchAuthor", new Rule(EDITOR_ONLY, 200)),
            entry("deleteAuthor", new Rule(EDITOR_ONLY, 204)),
            entry("listTags", new Rule(PUBLIC, 200)),
            entry("getTag", new Rule(PUBLIC, 200)),
            entry("createTag", new Rule(EDITOR_ONLY, 201)),
            entry("replaceTag", new Rule(EDITOR_ONLY, 200)),
            entry("patchTag", new Rule(EDITOR_ONLY, 200)),
            entry("deleteTag", new Rule(EDITOR_ONLY, 204)),
            // Tokens and webhooks: admins only
            entry("listTokens", new Rule(ADMIN_ONLY, 200)),
            entry("createToken", new Rule(ADMIN_ONLY, 201)),
            entry("revokeToken", new Rule(ADMIN_ONLY, 204)),
            entry("listWebhooks", new Rule(ADMIN_ONLY, 200)),
            entry("createWebhook", new Rule(ADMIN_ONLY, 201)),
            entry("getWebhook", new Rule(ADMIN_ONLY, 200)),
            entry("deleteWebhook", new Rule(ADMIN_ONLY, 204)),
            entry("listWebhookDeliveries", new Rule(ADMIN_ONLY, 200)),
            // Delivery: public
            entry("listChanges", new Rule(PUBLIC, 200)),
            entry("getFeed", new Rule(PUBLIC, 200)),
            entry("getSectionFeed", new Rule(PUBLIC, 200)),
            entry("getTagFeed", new Rule(PUBLIC, 200)),
            entry("getAuthorFeed", new Rule(PUBLIC, 200)),
            entry("getNewsSitemap", new Rule(PUBLIC, 200)),
            entry("getSitemapIndex", new Rule(PUBLIC, 200)),
            entry("getMonthSitemap", new Rule(PUBLIC, 200)));

    /** The decision for one cell: the status the exact request must get. */
    static int expected(Rule rule, Who who, Target target) {
        if (who == Who.REVOKED) {
            return 401;
        }
        Access access = rule.access();
        if (access == PUBLIC) {
            return target == Target.MISSING ? 404 : rule.success();
        }
        if (access == PUBLIC_ARTICLE_READ) {
            if (target == Target.MISSING || target == Target.DRAFT && !seesDrafts(who)) {
                return 404;
            }
            return rule.success();
        }
        if (who == Who.ANONYMOUS) {
            return 401;
        }
        int needed = switch (access) {
            case EDITOR_ONLY -> 2;
            case ADMIN_ONLY -> 3;
            default -> 1;
        };
        if (level(who) < needed) {
            // Whether the target exists or not: a refusal never depends on it.
            return 403;
        }
        if (target == Target.MISSING) {
            return 404;
        }
        if (target == Target.DRAFT && !seesDrafts(who)) {
            // Another contributor's draft: as if it did not exist.
            return 404;
        }
        if (access == OWN_DRAFT && target == Target.PUBLISHED && level(who) < 2) {
            // Visible, but no longer (or never) an editable draft of theirs.
            return 403;
        }
        return rule.success();
    }

    /** Who sees the contributor's draft: the contributor itself, editors and admins. */
    private static boolean seesDrafts(Who who) {
        return who == Who.CONTRIBUTOR || who == Who.EDITOR || who == Who.ADMIN;
    }

    private static int level(Who who) {
        return switch (who) {
            case CONTRIBUTOR, OTHER_CONTRIBUTOR -> 1;
            case EDITOR -> 2;
            case ADMIN -> 3;
            default -> 0;
        };
    }

    /** An operation of the OpenAPI document. */
    record Operation(String id, String method, String template, String mediaType, boolean ifMatch,
            boolean ifMatchRequired, Map<String, String> requiredQuery) {

        boolean onArticle() {
            return template.startsWith("/api/v1/articles/{idOrSlug}")
                    || template.startsWith("/api/v1/article-fields/{idOrSlug}");
        }

        boolean hasTarget() {
            return template.contains("{");
        }
    }

    /** One concrete request. */
    record Call(Operation op, Who who, Target target, String method, String path, String query, String ifMatch) {

        @Override
        public String toString() {
            return method + " " + path + " (" + op.id() + ", " + who + ", " + target + ")";
        }
    }

    @Inject
    TestContent content;
    @Inject
    NothingWritten nothingWritten;

    private final Map<Who, String> tokens = new LinkedHashMap<>();
    private Fixture shared;
    private String editorToken;
    private final List<String> webhooksToDelete = new ArrayList<>();
    private int requests;

    /** What the path parameters name, and the ETag of the target where a write needs one. */
    record Fixture(String draft, String draftEtag, String published, String publishedEtag, Section section,
            String sectionEtag, Author author, String authorEtag, Tag tag, String tagEtag, String tokenId,
            String webhookId, String month) {
    }

    @Test
    void everyOperationDecidesTheSameForEveryCallerTargetAndSpelling() {
        List<Operation> operations = operations();
        Set<String> documented = new TreeSet<>(operations.stream().map(Operation::id).toList());
        assertEquals(new TreeSet<>(EXPECTED.keySet()), documented,
                "every documented operation has a row in the expectation table, and every row an operation");

        setUpCallersAndTargets();
        try {
            List<String> failures = new ArrayList<>();
            List<Call> allowedWrites = new ArrayList<>();
            int cells;
            try {
                cells = refusalsAndReads(operations, failures, allowedWrites);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\n" + String.join("\n", failures), e);
            }
            for (Call call : allowedWrites) {
                allowedWrite(failures, call);
            }
            assertTrue(failures.isEmpty(), failures.size() + " cells of the matrix failed:\n"
                    + String.join("\n", failures));
            // Every operation has six callers, most of them a missing target too.
            assertTrue(cells + allowedWrites.size() >= operations.size() * Who.values().length,
                    "the matrix covered " + cells + " cells");
            System.out.printf("Authorization matrix: %d operations, %d cells, %d allowed writes, %d requests%n",
                    operations.size(), cells, allowedWrites.size(), requests);
        } finally {
            for (String webhook : webhooksToDelete) {
                Api.as(Api.ADMIN).delete("/api/v1/webhooks/" + webhook);
            }
        }
    }

    /**
     * Every cell but the allowed writes, with the background jobs paused: refusals (and reads) must write nothing.
     * Returns how many cells ran; collects the allowed writes for later.
     */
    private int refusalsAndReads(List<Operation> operations, List<String> failures, List<Call> allowedWrites) {
        return nothingWritten.during(() -> {
            int count = 0;
            for (Operation op : operations) {
                Rule rule = EXPECTED.get(op.id());
                for (Who who : Who.values()) {
                    for (Target target : targets(op)) {
                        int expected = expected(rule, who, target);
                        Call call = call(op, who, target, shared);
                        boolean succeeds = expected < 300;
                        if (succeeds && !op.method().equals("GET")) {
                            // Done below, each on a target of its own: writes change what they touch.
                            if (target == mainTarget(op)) {
                                allowedWrites.add(call);
                            }
                            continue;
                        }
                        count++;
                        Response response = send(call, call.method(), call.path(), call.ifMatch());
                        check(failures, call, call.method(), call.path(), response, expected, true);
                        if (!succeeds && target == mainTarget(op)) {
                            variants(failures, call, expected);
                        }
                    }
                }
                preconditionRequired(failures, op, rule);
            }
            return count;
        });
    }

    private static List<Target> targets(Operation op) {
        if (!op.hasTarget()) {
            return List.of(Target.COLLECTION);
        }
        if (op.onArticle()) {
            return List.of(Target.DRAFT, Target.PUBLISHED, Target.MISSING);
        }
        return List.of(Target.EXISTING, Target.MISSING);
    }

    /** The target an operation is tried on with every spelling, and that allowed writes get a fresh one of. */
    private static Target mainTarget(Operation op) {
        return !op.hasTarget() ? Target.COLLECTION : op.onArticle() ? Target.DRAFT : Target.EXISTING;
    }

    /**
     * The same refused request, spelt differently: each must be refused the same way, or not routed at all (404/405);
     * none may get through.
     */
    private void variants(List<String> failures, Call call, int expected) {
        String path = call.path();
        List<String> spellings = List.of(path + "/", path.replaceFirst("^(/[^/]+)/", "$1//"),
                path.toUpperCase(Locale.ROOT));
        for (String spelling : spellings) {
            check(failures, call, call.method(), spelling, send(call, call.method(), spelling, call.ifMatch()),
                    expected, false);
        }
        if (call.method().equals("GET")) {
            check(failures, call, "HEAD", path, send(call, "HEAD", path, call.ifMatch()), expected, true);
        }
        check(failures, call, "OPTIONS", path, send(call, "OPTIONS", path, call.ifMatch()), expected, false);
    }

    /** An update without If-Match, by a caller allowed to make it: 428, and nothing changes. */
    private void preconditionRequired(List<String> failures, Operation op, Rule rule) {
        if (!op.ifMatchRequired()) {
            return;
        }
        for (Who who : List.of(Who.CONTRIBUTOR, Who.EDITOR, Who.ADMIN)) {
            if (expected(rule, who, mainTarget(op)) < 300) {
                Call call = call(op, who, mainTarget(op), shared);
                check(failures, call, call.method(), call.path(), send(call, call.method(), call.path(), null), 428,
                        true);
            }
        }
    }

    private static void check(List<String> failures, Call call, String method, String path, Response response,
            int expected, boolean exact) {
        int status = response.statusCode();
        // A spelling may not route at all (404, 405), or be refused otherwise (401, 403), but never get through.
        boolean ok = status == expected
                || !exact && (status == 404 || status == 405 || expected >= 400 && (status == 401 || status == 403));
        if (!ok) {
            failures.add(method + " " + path + " (" + call.op().id() + " as " + call.who() + ", " + call.target()
                    + " target) answered " + status + ", expected " + expected
                    + (status >= 400 ? ": " + response.asString() : ""));
        }
        if (status >= 400 && !method.equals("HEAD")) {
            String type = response.contentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                failures.add(method + " " + path + " (" + call.op().id() + " as " + call.who() + ") answered "
                        + status + " without a problem document: " + type);
            }
        }
    }

    /** An allowed write, on a target made for it: it must really succeed. */
    private void allowedWrite(List<String> failures, Call planned) {
        Operation op = planned.op();
        Fixture fresh = fresh(op);
        Call call = call(op, planned.who(), mainTarget(op), fresh);
        Response response = send(call, call.method(), call.path(), call.ifMatch());
        int expected = EXPECTED.get(op.id()).success();
        if (response.statusCode() != expected) {
            failures.add(call + " is allowed but answered " + response.statusCode() + ": " + response.asString());
            return;
        }
        if (op.id().equals("createWebhook")) {
            webhooksToDelete.add(response.jsonPath().getString("id"));
        }
        if (op.method().equals("DELETE") && !op.id().equals("revokePreviewLinks") && !op.id().equals("revokeToken")) {
            int after = Api.as(Api.ADMIN).get(call.path()).statusCode();
            if (after != 404) {
                failures.add(call + " answered " + response.statusCode() + " but the target still answers " + after);
            }
        }
    }

    // ---- Requests ------------------------------------------------------------------------------------------------

    private Call call(Operation op, Who who, Target target, Fixture fixture) {
        Map<String, String> values = new LinkedHashMap<>();
        String ifMatch = null;
        if (target == Target.MISSING) {
            values.put("number", "1");
            values.put("month", "1901-01");
            ifMatch = "\"0123456789abcdef\"";
        } else if (op.onArticle()) {
            boolean published = target == Target.PUBLISHED;
            values.put("idOrSlug", published ? fixture.published() : fixture.draft());
            values.put("number", op.template().endsWith("/comparison") ? "2" : "1");
            ifMatch = published ? fixture.publishedEtag() : fixture.draftEtag();
        } else if (op.template().startsWith("/api/v1/sections/") || op.template().startsWith("/feeds/sections/")) {
            values.put("idOrSlug", fixture.section().slug);
            values.put("slug", fixture.section().slug);
            ifMatch = fixture.sectionEtag();
        } else if (op.template().startsWith("/api/v1/authors/") || op.template().startsWith("/feeds/authors/")) {
            values.put("idOrSlug", fixture.author().slug);
            values.put("slug", fixture.author().slug);
            ifMatch = fixture.authorEtag();
        } else if (op.template().startsWith("/api/v1/tags/") || op.template().startsWith("/feeds/tags/")) {
            values.put("idOrSlug", fixture.tag().slug);
            values.put("slug", fixture.tag().slug);
            ifMatch = fixture.tagEtag();
        } else if (op.template().startsWith("/api/v1/tokens/")) {
            values.put("id", fixture.tokenId());
        } else if (op.template().startsWith("/api/v1/webhooks/")) {
            values.put("id", fixture.webhookId());
        } else {
            values.put("month", fixture.month());
        }
        Matcher parameter = Pattern.compile("\\{([^}]+)}").matcher(op.template());
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String value = values.get(parameter.group(1));
            if (value == null) {
                assertTrue(target == Target.MISSING, op.id() + ": no value for " + parameter.group(1));
                value = UUID.randomUUID().toString();
            }
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(path);
        // Required query parameters (fields=...) as the document's example gives them.
        StringBuilder query = new StringBuilder();
        op.requiredQuery().forEach((name, value) -> query.append(query.isEmpty() ? '?' : '&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return new Call(op, who, target, op.method(), path.toString(), query.toString(),
                op.ifMatch() ? ifMatch : null);
    }

    private Response send(Call call, String method, String path, String ifMatch) {
        requests++;
        RequestSpecification request = given()
                .config(RestAssured.config()
                        .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8)))
                .redirects().follow(false).urlEncodingEnabled(false);
        String token = tokens.get(call.who());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        Body body = body(call.op().id());
        if (body != null && !method.equals("HEAD") && !method.equals("OPTIONS")) {
            request.contentType(body.mediaType()).body(body.text());
        }
        return request.request(method, path + call.query());
    }

    record Body(String mediaType, String text) {
    }

    /** A valid body for each operation that takes one, unique per call. */
    private static Body body(String operationId) {
        String unique = TestContent.unique("matrice");
        String json = "application/json";
        String patch = "application/merge-patch+json";
        return switch (operationId) {
            case "createArticle", "replaceArticle" -> new Body(json, """
                    {"headline":"Article de la matrice %s","standfirst":"Chapô de la matrice.",\
                    "body":[{"type":"paragraph","text":"Un paragraphe de la matrice."}]}""".formatted(unique));
            case "patchArticle" -> new Body(patch, "{\"standfirst\":\"Chapô corrigé " + unique + "\"}");
            case "suggestTags" -> new Body(json, "{\"text\":\"La Corée du Nord et la Russie, selon KCNA.\"}");
            case "importWireCopy" -> new Body("text/plain", """
                    Dépêche de la matrice %s
                    Le chapô de la dépêche, en une phrase.
                    Le premier paragraphe de la dépêche se termine par un point.
                    Plume %s
                    Journaliste de test, pour la matrice.
                    """.formatted(unique, unique.substring(unique.length() - 8)));
            case "createSection", "replaceSection" -> new Body(json, "{\"name\":\"Rubrique " + unique + "\"}");
            case "patchSection" -> new Body(patch, "{\"description\":\"Description " + unique + "\"}");
            case "createAuthor", "replaceAuthor" -> new Body(json, "{\"name\":\"Auteur " + unique + "\"}");
            case "patchAuthor" -> new Body(patch, "{\"bio\":\"Bio " + unique + "\"}");
            case "createTag", "replaceTag" -> new Body(json,
                    "{\"name\":\"Étiquette " + unique + "\",\"type\":\"organisation\"}");
            case "patchTag" -> new Body(patch, "{\"description\":\"Description " + unique + "\"}");
            case "createToken" -> new Body(json, "{\"name\":\"" + unique + "\",\"role\":\"contributor\"}");
            case "createWebhook" -> new Body(json, """
                    {"url":"http://127.0.0.1:9/%s","events":["tag.deleted"],"secret":"0123456789abcdef0123"}"""
                    .formatted(unique));
            default -> null;
        };
    }

    // ---- Callers and targets -----------------------------------------------------------------------------------

    private void setUpCallersAndTargets() {
        Author authorA = content.author("Contributrice de la matrice");
        Author authorB = content.author("Autre contributeur de la matrice");
        String contributor = Api.token("contributor", authorA.slug);
        editorToken = Api.token("editor", null);
        tokens.put(Who.REVOKED, revokedAdminToken());
        tokens.put(Who.CONTRIBUTOR, contributor);
        tokens.put(Who.OTHER_CONTRIBUTOR, Api.token("contributor", authorB.slug));
        tokens.put(Who.EDITOR, editorToken);
        tokens.put(Who.ADMIN, Api.token("admin", null));

        String draft = Api.draft(contributor, TestContent.unique("Brouillon de la matrice"), List.of());
        // A second revision, for the comparison.
        Api.as(contributor).contentType("application/merge-patch+json")
                .header("If-Match", Api.etag(contributor, "/api/v1/articles/" + draft))
                .body("{\"standfirst\":\"Chapô revu.\"}").patch("/api/v1/articles/" + draft).then().statusCode(200);
        String published = publishedArticle();
        Instant publishedAt = Instant.parse(Api.as(editorToken).get("/api/v1/articles/" + published).then()
                .statusCode(200).extract().path("publishedAt"));

        Section section = content.section("Rubrique de la matrice", null);
        Author author = content.author("Auteur de la matrice");
        Tag tag = content.tag("Étiquette de la matrice", TagType.ORGANISATION, null, null);
        shared = new Fixture(draft, articleEtag(draft), published, articleEtag(published), section,
                etag("/api/v1/sections/" + section.slug), author, etag("/api/v1/authors/" + author.slug), tag,
                etag("/api/v1/tags/" + tag.slug), newToken().getString("id"), newWebhook(),
                YearMonth.from(publishedAt.atZone(ZoneOffset.UTC)).toString());
    }

    /** A target made for one allowed write. */
    private Fixture fresh(Operation op) {
        if (op.onArticle()) {
            String article = op.id().equals("unpublishArticle")
                    ? publishedArticle()
                    : Api.draft(tokens.get(Who.CONTRIBUTOR), TestContent.unique("Cible de la matrice"), List.of());
            return new Fixture(article, articleEtag(article), null, null, null, null, null, null, null, null, null,
                    null, null);
        }
        Section section = content.section("Rubrique à modifier", null);
        Author author = content.author("Auteur à modifier");
        Tag tag = content.tag("Étiquette à modifier", TagType.PERSON, null, null);
        String tokenId = op.id().equals("revokeToken") ? newToken().getString("id") : null;
        String webhookId = op.id().equals("deleteWebhook") ? newWebhook() : null;
        return new Fixture(null, null, null, null, section, etag("/api/v1/sections/" + section.slug), author,
                etag("/api/v1/authors/" + author.slug), tag, etag("/api/v1/tags/" + tag.slug), tokenId, webhookId,
                null);
    }

    /** A draft of the contributor, published by an editor. */
    private String publishedArticle() {
        String id = Api.draft(tokens.get(Who.CONTRIBUTOR), TestContent.unique("Publié de la matrice"), List.of());
        Api.as(editorToken).post("/api/v1/articles/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private String articleEtag(String id) {
        return Api.etag(editorToken, "/api/v1/articles/" + id);
    }

    private static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** An admin token, revoked: the strongest role, refused all the same. */
    private static String revokedAdminToken() {
        JsonPath token = Api.as(Api.ADMIN).contentType("application/json")
                .body("{\"name\":\"" + TestContent.unique("revoked") + "\",\"role\":\"admin\"}")
                .post("/api/v1/tokens").then().statusCode(201).extract().jsonPath();
        Api.as(Api.ADMIN).delete("/api/v1/tokens/" + token.getString("id")).then().statusCode(204);
        return token.getString("token");
    }

    private static JsonPath newToken() {
        return Api.as(Api.ADMIN).contentType("application/json")
                .body("{\"name\":\"" + TestContent.unique("target") + "\",\"role\":\"contributor\"}")
                .post("/api/v1/tokens").then().statusCode(201).extract().jsonPath();
    }

    private String newWebhook() {
        String id = Api.as(Api.ADMIN).contentType("application/json").body(body("createWebhook").text())
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        webhooksToDelete.add(id);
        return id;
    }

    // ---- The document --------------------------------------------------------------------------------------------

    static List<Operation> operations() {
        return ApiOperations.served().all().stream()
                .map(o -> new Operation(o.operationId(), o.method(), o.path(), o.bodyMediaType(),
                        o.ifMatch() != ApiOperations.IfMatch.NONE, o.ifMatch() == ApiOperations.IfMatch.REQUIRED,
                        o.requiredQuery()))
                .toList();
    }
}
