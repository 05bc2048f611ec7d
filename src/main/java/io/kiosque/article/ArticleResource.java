package io.kiosque.article;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.kiosque.auth.CurrentCaller;
import io.kiosque.auth.PublicRead;
import io.kiosque.common.ApiResponses;
import io.kiosque.common.Page;
import io.kiosque.common.Pages;
import io.kiosque.common.Problem;
import io.kiosque.common.Tagged;
import io.kiosque.delivery.DeliveryExamples;
import io.kiosque.delivery.JsonLd;
import io.kiosque.delivery.NewsArticle;
import io.kiosque.delivery.Previews;

/**
 * Articles as readers see them: anonymous readers get what is published; a token (or a preview link) shows more, so the
 * token is optional rather than absent in the document.
 */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "News articles, as readers see them.")
@SecurityRequirementsSet
@SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
public class ArticleResource {

    static final String PREVIEW_DESCRIPTION = "A preview link's token (see createPreviewLink): shows this article's current state, draft included, without an account. The answer is private (`Cache-Control: private, no-store`).";
    static final String ID_OR_SLUG_DESCRIPTION = "Article id (UUID) or slug.";

    private final ArticleService service;
    private final CurrentCaller currentCaller;
    private final Previews previews;
    private final JsonLd jsonLd;

    ArticleResource(ArticleService service, CurrentCaller currentCaller, Previews previews, JsonLd jsonLd) {
        this.service = service;
        this.currentCaller = currentCaller;
        this.previews = previews;
        this.jsonLd = jsonLd;
    }

    @GET
    @PublicRead
    @Operation(operationId = "listArticles", summary = "List published articles", description = "Newest first by default; with a full-text query `q`, most relevant first, each item with a highlighted `snippet`. Keyset-paginated: follow `nextCursor` (or the `Link: rel=\"next\"` header) until it is null. With a token, `status` lists unpublished articles too. For only some fields of each article, see listArticleFields.")
    @APIResponse(responseCode = "200", description = "One page of articles.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePage.class), examples = {
            @ExampleObject(name = "seed", value = ArticleExamples.SUMMARY_PAGE),
            @ExampleObject(name = "search", summary = "q=KCNA", value = ArticleExamples.SEARCH_PAGE)}))
    @APIResponse(responseCode = "400", description = "A parameter is unknown or malformed.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "`status` asks for unpublished articles without a bearer token, or the token is invalid.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Page<ArticleSummary>> list(@BeanParam ArticleListParameters parameters, UriInfo uriInfo) {
        return Pages.response(service.list(parameters.filter(currentCaller.get(), uriInfo)), uriInfo);
    }

    @GET
    @Path("/{idOrSlug}")
    @PublicRead
    @Operation(operationId = "getArticle", summary = "Read an article", description = "By id or by slug; a former slug answers 301 with the current URL. Anonymous readers see published articles only; with a token, editors see every article and contributors their own drafts too. The article embeds its section, authors and tags, so one request renders a page. Its schema.org JSON-LD is getArticleJsonLd; only some of its fields, getArticleFields.")
    @APIResponse(responseCode = "200", description = "The article.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class), examples = @ExampleObject(name = "seed", value = ArticleExamples.ARTICLE)))
    @APIResponse(responseCode = "403", description = "The preview link is invalid, expired, revoked or made for another article.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "expired", value = DeliveryExamples.PREVIEW_REFUSED)))
    @APIResponse(responseCode = "404", description = "No published article has this id or slug.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    public ArticleView get(
            @Parameter(description = ID_OR_SLUG_DESCRIPTION, example = DeliveryExamples.SEED_SLUG) @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = PREVIEW_DESCRIPTION) @QueryParam(Previews.QUERY_PARAMETER) String preview) {
        return read(idOrSlug, preview);
    }

    @GET
    @Path("/{idOrSlug}/json-ld")
    @Produces(JsonLd.MEDIA_TYPE_NAME)
    @PublicRead
    @Operation(operationId = "getArticleJsonLd", summary = "Read an article as schema.org JSON-LD", description = "The article as a schema.org NewsArticle, the structured data search engines read, for the page's structured data (a script element of type application/ld+json): headline, dates, authors, section, publisher, and its tags as the people, countries and organisations it is `about` or `mentions`, with their Wikidata `sameAs`. URLs point at the public website. Same access rules as getArticle.")
    @APIResponse(responseCode = "200", description = "The article as a NewsArticle.", content = @Content(mediaType = JsonLd.MEDIA_TYPE_NAME, schema = @Schema(implementation = NewsArticle.class), examples = @ExampleObject(name = "seed", value = DeliveryExamples.NEWS_ARTICLE)))
    @APIResponse(responseCode = "403", description = "The preview link is invalid, expired, revoked or made for another article.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "expired", value = DeliveryExamples.PREVIEW_REFUSED)))
    @APIResponse(responseCode = "404", description = "No published article has this id or slug.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    public Tagged<NewsArticle> getJsonLd(
            @Parameter(description = ID_OR_SLUG_DESCRIPTION, example = DeliveryExamples.SEED_SLUG) @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = PREVIEW_DESCRIPTION) @QueryParam(Previews.QUERY_PARAMETER) String preview) {
        ArticleView article = read(idOrSlug, preview);
        return Tagged.of(jsonLd.newsArticle(article), article);
    }

    /** The article this caller, or this preview link, may see. */
    ArticleView read(String idOrSlug, String preview) {
        return preview == null ? service.find(idOrSlug, currentCaller.get()) : previews.open(idOrSlug, preview);
    }
}
