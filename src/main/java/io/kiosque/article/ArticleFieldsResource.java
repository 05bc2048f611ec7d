package io.kiosque.article;

import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.kiosque.http.ApiResponses;
import io.kiosque.http.FieldSelection;
import io.kiosque.http.Page;
import io.kiosque.http.Pages;
import io.kiosque.http.Problem;
import io.kiosque.http.Tagged;
import io.kiosque.security.CurrentCaller;

/**
 * Sparse reads of articles: the same articles as getArticle and listArticles, with only the fields a client names. They
 * are operations of their own so that each answer has one documented schema: here no field is required.
 */
@Path("/api/v1/article-fields")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
@SecurityRequirementsSet
@SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
public class ArticleFieldsResource {

    private final ArticleService service;
    private final ArticleResource articles;
    private final CurrentCaller currentCaller;
    private final FieldSelection fieldSelection;

    ArticleFieldsResource(ArticleService service, ArticleResource articles, CurrentCaller currentCaller,
            FieldSelection fieldSelection) {
        this.service = service;
        this.articles = articles;
        this.currentCaller = currentCaller;
        this.fieldSelection = fieldSelection;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listArticleFields", summary = "List articles, some fields of each",
            description = "listArticles with only the named fields of each article (a front page needs headline, slug "
                    + "and image, not every tag): the same filters, order and paging. `nextCursor` is always sent.")
    @APIResponse(responseCode = "200", description = "One page of articles, each with the named fields only.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleFields.PartialSummaryPage.class),
                    examples = @ExampleObject(name = "seed", value = ArticleExamples.SUMMARY_FIELDS_PAGE)))
    @APIResponse(responseCode = "400",
            description = "A parameter is unknown or malformed, or `fields` names an unknown field.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "401",
            description = "`status` asks for unpublished articles without a bearer token, or the token is invalid.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Page<Tagged<ObjectNode>>> list(
            @Parameter(description = "The fields to send, comma-separated, in any order.", required = true,
                    style = ParameterStyle.FORM, explode = Explode.FALSE,
                    schema = @Schema(type = SchemaType.ARRAY, minItems = 1,
                            implementation = ArticleFields.SummaryField.class),
                    examples = @ExampleObject(name = "teaser", value = ArticleFields.EXAMPLE))
            @QueryParam(FieldSelection.QUERY_PARAMETER) String fields,
            @BeanParam ArticleListParameters parameters, UriInfo uriInfo) {
        Set<String> selected = fieldSelection.parse(fields, ArticleSummary.class);
        Page<ArticleSummary> page = service.list(parameters.filter(currentCaller.get(), uriInfo));
        return Pages.response(fieldSelection.select(page, selected), uriInfo);
    }

    @GET
    @Path("/{idOrSlug}")
    @PermitAll
    @Operation(operationId = "getArticleFields", summary = "Read some fields of an article",
            description = "getArticle with only the named fields. Same access rules; a former slug answers 301 with "
                    + "the current URL.")
    @APIResponse(responseCode = "200", description = "The named fields of the article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleFields.Partial.class),
                    examples = @ExampleObject(name = "seed", value = ArticleExamples.ARTICLE_FIELDS)))
    @APIResponse(responseCode = "403",
            description = "The preview link is invalid, expired, revoked or made for another article.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "expired", value = PreviewExamples.PREVIEW_REFUSED)))
    @APIResponse(responseCode = "404", description = "No published article has this id or slug.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    public RestResponse<Tagged<ObjectNode>> get(
            @Parameter(description = ArticleResource.ID_OR_SLUG_DESCRIPTION, example = ArticleExamples.SEED_SLUG)
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "The fields to send, comma-separated, in any order.", required = true,
                    style = ParameterStyle.FORM, explode = Explode.FALSE,
                    schema = @Schema(type = SchemaType.ARRAY, minItems = 1,
                            implementation = ArticleFields.ArticleField.class),
                    examples = @ExampleObject(name = "teaser", value = ArticleFields.EXAMPLE))
            @QueryParam(FieldSelection.QUERY_PARAMETER) String fields,
            @Parameter(description = ArticleResource.PREVIEW_DESCRIPTION)
            @QueryParam(Previews.QUERY_PARAMETER) String preview) {
        Set<String> selected = fieldSelection.parse(fields, ArticleView.class);
        return ArticleResource.answer(fieldSelection.select(articles.read(idOrSlug, preview), selected), preview);
    }
}
