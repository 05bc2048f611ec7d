package io.kiosque.article;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.kiosque.auth.Caller;
import io.kiosque.auth.CurrentCaller;
import io.kiosque.auth.PublicRead;
import io.kiosque.auth.Role;
import io.kiosque.common.ApiResponses;
import io.kiosque.common.Page;
import io.kiosque.common.Pages;
import io.kiosque.common.Problem;
import io.kiosque.common.ProblemException;
import io.kiosque.common.QueryParameters;
import io.kiosque.delivery.DeliveryExamples;
import io.kiosque.delivery.FieldSelection;
import io.kiosque.delivery.JsonLd;
import io.kiosque.delivery.NewsArticle;
import io.kiosque.delivery.Previews;
import io.kiosque.search.SearchQuery;
import io.kiosque.tag.TagType;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "News articles, as readers see them.")
public class ArticleResource {

    private final ArticleService service;
    private final CurrentCaller currentCaller;

    ArticleResource(ArticleService service, CurrentCaller currentCaller) {
        this.service = service;
        this.currentCaller = currentCaller;
    }

    @Inject
    FieldSelection fieldSelection;
    @Inject
    Previews previews;

    @GET
    @PublicRead
    @Operation(operationId = "listArticles", summary = "List published articles", description = "Newest first by default; with a full-text query `q`, most relevant first, each item with a highlighted `snippet`. Keyset-paginated: follow `nextCursor` (or the `Link: rel=\"next\"` header) until it is null.")
    @APIResponse(responseCode = "200", description = "One page of articles.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePage.class), examples = {
            @ExampleObject(name = "seed", value = ArticleExamples.SUMMARY_PAGE),
            @ExampleObject(name = "search", summary = "q=KCNA", value = ArticleExamples.SEARCH_PAGE)}))
    @APIResponse(responseCode = "400", description = "A parameter is unknown or malformed.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "`status` asks for unpublished articles without a bearer token.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Page<ArticleSummary>> list(
            @Parameter(description = "Section slug or id; includes its direct subsections.", example = "international") @QueryParam("section") String section,
            @Parameter(description = "Author slug or id.", example = "marline-contrasty") @QueryParam("author") String author,
            @Parameter(description = "Tag slug or id, Wikidata QID (`Q423`) or ISO 3166-1 code (`KP`). Repeatable: every tag given must be on the article.", example = "coree-du-nord") @QueryParam("tag") List<String> tags,
            @Parameter(description = "Only articles with at least one tag of this type.", schema = @Schema(enumeration = {
                    "person", "country", "organisation"})) @QueryParam("tagType") String tagType,
            @Parameter(description = "Published at or after this instant (ISO 8601 with offset) or day.", example = "2025-06-01T00:00:00+02:00") @QueryParam("from") String from,
            @Parameter(description = "Published before this instant (ISO 8601 with offset) or before the end of this day.", example = "2025-06-30") @QueryParam("to") String to,
            @Parameter(description = "BCP 47 language tag.", example = "fr") @QueryParam("language") String language,
            @Parameter(description = "Full-text search in French over headline, standfirst, body, image captions and the names and aliases of the tags, ranked in that order. Accents, case and plurals do not matter (`coree` finds \"Corée\", `alliances` finds \"alliance\"), nor do elisions (`l'Ukraine`). Every word is required; `\"quoted words\"` are a phrase, `-word` excludes, `or` between words accepts either. At most 200 characters; a query of only stop words (`le`) or punctuation finds nothing. Combines with every other filter.", example = "Corée du Nord") @QueryParam("q") String q,
            @Parameter(description = "Order of the list. `relevance`, most relevant first, needs `q` and is the default when `q` is given.", schema = @Schema(enumeration = {
                    "-publishedAt", "publishedAt", "-updatedAt",
                    "relevance"}, defaultValue = "-publishedAt")) @QueryParam("sort") String sort,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from a previous page's `nextCursor`.", in = ParameterIn.QUERY) @QueryParam("cursor") String cursor,
            @Parameter(description = "Workflow status; anything but `published` needs a token (contributors see only their own drafts). Repeatable; `-updatedAt` is the default order without `published`.", schema = @Schema(type = SchemaType.ARRAY, implementation = ArticleStatus.class)) @QueryParam("status") List<String> status,
            @Parameter(description = ArticleFields.SUMMARY, example = ArticleFields.EXAMPLE) @QueryParam(FieldSelection.QUERY_PARAMETER) String fields,
            UriInfo uriInfo) {
        fieldSelection.select(fields, ArticleSummary.class);
        Caller caller = currentCaller.get();
        Set<ArticleStatus> statuses = statuses(status, caller);
        // An empty value (?q=) reaches the method as null: it is a blank query, not an absent one.
        SearchQuery query = SearchQuery.parse("q", q != null ? q : uriInfo.getQueryParameters().getFirst("q"));
        ArticleSort order = sort == null && query == null && !statuses.contains(ArticleStatus.PUBLISHED)
                ? ArticleSort.RECENTLY_UPDATED
                : sort(sort, query);
        ArticleFilter filter = new ArticleFilter(statuses, QueryParameters.slugOrId("section", section),
                QueryParameters.slugOrId("author", author), tags(tags), tagType(tagType),
                QueryParameters.instant("from", from), QueryParameters.endInstant("to", to), language(language), order,
                QueryParameters.limit(limit), cursor, owner(statuses, caller), query);
        Page<ArticleSummary> page = service.list(filter);
        return Pages.response(page, uriInfo);
    }

    @GET
    @Path("/{idOrSlug}")
    @Produces({MediaType.APPLICATION_JSON, JsonLd.MEDIA_TYPE_NAME})
    @PublicRead
    @Operation(operationId = "getArticle", summary = "Read an article", description = "By id or by slug; a former slug answers 301 with the current URL. Anonymous readers see published articles only; with a token, editors see every article and contributors their own drafts too. The article embeds its section, authors and tags, so one request renders a page.")
    @APIResponse(responseCode = "301", description = "The slug is a former one; `Location` has the current URL.")
    @APIResponse(responseCode = "200", description = "The article; with `Accept: application/ld+json`, as a schema.org NewsArticle.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class), examples = @ExampleObject(name = "seed", value = ArticleExamples.ARTICLE)),
            @Content(mediaType = JsonLd.MEDIA_TYPE_NAME, schema = @Schema(implementation = NewsArticle.class), examples = @ExampleObject(name = "seed", value = DeliveryExamples.NEWS_ARTICLE))})
    @APIResponse(responseCode = "403", description = "The preview link is invalid, expired, revoked or made for another article.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "expired", value = DeliveryExamples.PREVIEW_REFUSED)))
    @APIResponse(responseCode = "404", description = "No published article has this id or slug.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A parameter is unknown.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public ArticleView get(
            @Parameter(description = "Article id (UUID) or slug.", example = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien") @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = ArticleFields.VIEW, example = ArticleFields.EXAMPLE) @QueryParam(FieldSelection.QUERY_PARAMETER) String fields,
            @Parameter(description = "A preview link's token (see createPreviewLink): shows this article's current state, draft included, without an account. The answer is private (`Cache-Control: private, no-store`).") @QueryParam(Previews.QUERY_PARAMETER) String preview) {
        fieldSelection.select(fields, ArticleView.class);
        return preview == null ? service.find(idOrSlug, currentCaller.get()) : previews.open(idOrSlug, preview);
    }

    private static List<String> tags(List<String> tags) {
        if (tags.size() > 10) {
            throw ProblemException.invalidParameter("tag", "at most 10 tags");
        }
        return tags.stream().map(tag -> QueryParameters.slugOrId("tag", tag)).toList();
    }

    private static TagType tagType(String value) {
        if (value == null) {
            return null;
        }
        return TagType.fromWireName(value).orElseThrow(
                () -> ProblemException.invalidParameter("tagType", "must be one of person, country, organisation"));
    }

    private static ArticleSort sort(String value, SearchQuery query) {
        if (value == null) {
            return query != null ? ArticleSort.RELEVANCE : ArticleSort.NEWEST_PUBLISHED;
        }
        ArticleSort sort = ArticleSort.fromWireName(value).orElseThrow(() -> ProblemException
                .invalidParameter("sort", "must be one of -publishedAt, publishedAt, -updatedAt, relevance"));
        if (sort == ArticleSort.RELEVANCE && query == null) {
            throw ProblemException.invalidParameter("sort", "relevance needs a full-text query (q)");
        }
        return sort;
    }

    private static String language(String value) {
        if (value == null) {
            return null;
        }
        return io.kiosque.common.LanguageTags.canonical(value).orElseThrow(() -> ProblemException
                .invalidParameter("language", "must be a BCP 47 language tag such as fr or fr-CA"));
    }

    private static Set<ArticleStatus> statuses(List<String> values, Caller caller) {
        if (values.isEmpty()) {
            return ArticleService.PUBLIC_STATUSES;
        }
        Set<ArticleStatus> statuses = EnumSet.noneOf(ArticleStatus.class);
        for (String value : values) {
            statuses.add(ArticleStatus.fromWireName(value).orElseThrow(() -> ProblemException.invalidParameter("status",
                    "must be one of draft, scheduled, published, archived")));
        }
        if (caller.isAnonymous() && !ArticleService.PUBLIC_STATUSES.containsAll(statuses)) {
            throw new ProblemException(401, "unauthorized", "Unauthorized",
                    "Only published articles are public; other statuses need a bearer token.", null);
        }
        return statuses;
    }

    /** Contributors list their own unpublished articles only. */
    private static ArticleFilter.Owner owner(Set<ArticleStatus> statuses, Caller caller) {
        if (caller.has(Role.EDITOR) || ArticleService.PUBLIC_STATUSES.containsAll(statuses)) {
            return null;
        }
        return new ArticleFilter.Owner(caller.tokenId(), caller.authorId());
    }
}
