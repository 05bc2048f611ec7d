package io.kiosque.article;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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

import io.kiosque.http.ApiResponses;
import io.kiosque.http.Cacheable;
import io.kiosque.http.Page;
import io.kiosque.http.Pages;
import io.kiosque.http.Problem;
import io.kiosque.security.CurrentCaller;

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

    public static final String PREVIEW_DESCRIPTION = "A preview link's token (see createPreviewLink): shows this "
            + "article's current state, draft included, without an account. The answer is private (`Cache-Control: "
            + "private, no-store`).";
    public static final String ID_OR_SLUG_DESCRIPTION = "Article id (UUID) or slug.";

    private final ArticleService service;
    private final CurrentCaller currentCaller;
    private final Previews previews;

    ArticleResource(ArticleService service, CurrentCaller currentCaller, Previews previews) {
        this.service = service;
        this.currentCaller = currentCaller;
        this.previews = previews;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listArticles", summary = "List published articles",
            description = "Newest first by default; with a full-text query `q`, most relevant first, each item with a "
                    + "highlighted `snippet`. Keyset-paginated: follow `nextCursor` (or the `Link: rel=\"next\"` "
                    + "header) until it is null. With a token, `status` lists unpublished articles too. For only some "
                    + "fields of each article, see listArticleFields.")
    @APIResponse(responseCode = "200", description = "One page of articles.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticlePage.class), examples = {
                            @ExampleObject(name = "seed", value = ArticleExamples.SUMMARY_PAGE),
                            @ExampleObject(name = "search", summary = "q=KCNA", value = ArticleExamples.SEARCH_PAGE)}))
    @APIResponse(responseCode = "400", description = "A parameter is unknown or malformed.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "401",
            description = "`status` asks for unpublished articles without a bearer token, or the token is invalid.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Page<ArticleSummary>> list(@BeanParam ArticleListParameters parameters, UriInfo uriInfo) {
        return Pages.response(service.list(parameters.filter(currentCaller.get(), uriInfo)), uriInfo);
    }

    @GET
    @Path("/{idOrSlug}")
    @PermitAll
    @Operation(operationId = "getArticle", summary = "Read an article",
            description = "By id or by slug; a former slug answers 301 with the current URL. Anonymous readers see "
                    + "published articles only; with a token, editors see every article and contributors their own "
                    + "drafts too. The article embeds its section, authors and tags, so one request renders a page. "
                    + "Its schema.org JSON-LD is getArticleJsonLd; only some of its fields, getArticleFields.")
    @APIResponse(responseCode = "200", description = "The article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleView.class),
                    examples = @ExampleObject(name = "seed", value = ArticleExamples.ARTICLE)))
    @APIResponse(responseCode = "403",
            description = "The preview link is invalid, expired, revoked or made for another article.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "expired", value = PreviewExamples.PREVIEW_REFUSED)))
    @APIResponse(responseCode = "404", description = "No published article has this id or slug.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    public RestResponse<ArticleView> get(
            @Parameter(description = ID_OR_SLUG_DESCRIPTION, example = ArticleExamples.SEED_SLUG)
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = PREVIEW_DESCRIPTION) @QueryParam(Previews.QUERY_PARAMETER) String preview) {
        return answer(read(idOrSlug, preview), preview);
    }

    /** The article this caller, or this preview link, may see. */
    public ArticleView read(String idOrSlug, String preview) {
        return preview == null ? service.find(idOrSlug, currentCaller.get()) : previews.open(idOrSlug, preview);
    }

    /** A read's answer: private when a preview link unlocked it, for the link is a credential. */
    public static <T> RestResponse<T> answer(T entity, String preview) {
        RestResponse.ResponseBuilder<T> answer = RestResponse.ResponseBuilder.ok(entity);
        if (preview != null) {
            answer.header(HttpHeaders.CACHE_CONTROL, Cacheable.PRIVATE);
        }
        return answer.build();
    }
}
