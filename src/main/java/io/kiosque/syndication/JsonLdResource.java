package io.kiosque.syndication;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

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

import io.kiosque.article.ArticleExamples;
import io.kiosque.article.ArticleResource;
import io.kiosque.article.ArticleView;
import io.kiosque.article.PreviewExamples;
import io.kiosque.article.Previews;
import io.kiosque.http.ApiResponses;
import io.kiosque.http.Problem;
import io.kiosque.http.Tagged;

/** An article as schema.org JSON-LD: the same article, under the same rules as getArticle, for search engines. */
@Path("/api/v1/articles")
@Tag(name = "Articles")
@SecurityRequirementsSet
@SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
public class JsonLdResource {

    private final ArticleResource articles;
    private final JsonLd jsonLd;

    JsonLdResource(ArticleResource articles, JsonLd jsonLd) {
        this.articles = articles;
        this.jsonLd = jsonLd;
    }

    @GET
    @Path("/{idOrSlug}/json-ld")
    @Produces(JsonLd.MEDIA_TYPE_NAME)
    @PermitAll
    @Operation(operationId = "getArticleJsonLd", summary = "Read an article as schema.org JSON-LD",
            description = "The article as a schema.org NewsArticle, the structured data search engines read, for the "
                    + "page's structured data (a script element of type application/ld+json): headline, dates, "
                    + "authors, section, publisher, and its tags as the people, countries and organisations it is "
                    + "`about` or `mentions`, with their Wikidata `sameAs`. URLs point at the public website. Same "
                    + "access rules as getArticle.")
    @APIResponse(responseCode = "200", description = "The article as a NewsArticle.",
            content = @Content(mediaType = JsonLd.MEDIA_TYPE_NAME, schema = @Schema(implementation = NewsArticle.class),
                    examples = @ExampleObject(name = "seed", value = SyndicationExamples.NEWS_ARTICLE)))
    @APIResponse(responseCode = "403",
            description = "The preview link is invalid, expired, revoked or made for another article.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "expired", value = PreviewExamples.PREVIEW_REFUSED)))
    @APIResponse(responseCode = "404", description = "No published article has this id or slug.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    public RestResponse<Tagged<NewsArticle>> get(
            @Parameter(description = ArticleResource.ID_OR_SLUG_DESCRIPTION, example = ArticleExamples.SEED_SLUG)
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = ArticleResource.PREVIEW_DESCRIPTION)
            @QueryParam(Previews.QUERY_PARAMETER) String preview) {
        ArticleView article = articles.read(idOrSlug, preview);
        return ArticleResource.answer(Tagged.of(jsonLd.newsArticle(article), article), preview);
    }

}
