package io.kiosque.article;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.kiosque.content.LanguageTags;
import io.kiosque.http.ProblemException;
import io.kiosque.http.QueryParameters;
import io.kiosque.search.SearchQuery;
import io.kiosque.security.Caller;
import io.kiosque.security.Role;
import io.kiosque.tag.TagType;

/** The filters, order and paging of an article list, shared by the full and the sparse list. */
public class ArticleListParameters {

    @Parameter(description = "Section slug or id; includes its direct subsections.", example = "international")
    @QueryParam("section")
    String section;

    @Parameter(description = "Author slug or id.", example = "marline-contrasty")
    @QueryParam("author")
    String author;

    @Parameter(description = "Tag slug or id, Wikidata QID (`Q423`) or ISO 3166-1 code (`KP`). Repeatable "
            + "(`tag=KP&tag=Q7184`): every tag given must be on the article. At most 10.", explode = Explode.TRUE,
            schema = @Schema(type = SchemaType.ARRAY, maxItems = 10, implementation = String.class,
                    examples = "[\"coree-du-nord\"]"))
    @QueryParam("tag")
    List<String> tags;

    @Parameter(description = "Only articles with at least one tag of this type.",
            schema = @Schema(implementation = TagType.class))
    @QueryParam("tagType")
    String tagType;

    @Parameter(description = "Published at or after this instant (ISO 8601 with offset) or day.",
            example = "2025-06-01T00:00:00+02:00")
    @QueryParam("from")
    String from;

    @Parameter(description = "Published before this instant (ISO 8601 with offset) or before the end of this day.",
            example = "2025-06-30")
    @QueryParam("to")
    String to;

    @Parameter(description = "BCP 47 language tag.", example = "fr")
    @QueryParam("language")
    String language;

    @Parameter(description = "Full-text search in French over headline, standfirst, body, image captions and the names "
            + "and aliases of the tags, ranked in that order. Accents, case and plurals do not matter (`coree` "
            + "finds \"Corée\", `alliances` finds \"alliance\"), nor do elisions (`l'Ukraine`). Every word is "
            + "required; `\"quoted words\"` are a phrase, `-word` excludes, `or` between words accepts either. "
            + "At most 200 characters; a query of only stop words (`le`) or punctuation finds nothing. "
            + "Combines with every other filter.", example = "Corée du Nord")
    @QueryParam("q")
    String q;

    @Parameter(
            description = "Order of the list. `relevance`, most relevant first, needs `q` and is the default when `q` "
                    + "is given.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "-publishedAt", "publishedAt", "-updatedAt", "relevance"}, defaultValue = "-publishedAt"))
    @QueryParam("sort")
    String sort;

    @Parameter(description = "Page size, 1 to 100.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @QueryParam("limit")
    String limit;

    @Parameter(description = "Opaque cursor from a previous page's `nextCursor`.")
    @QueryParam("cursor")
    String cursor;

    @Parameter(description = "Workflow status; anything but `published` needs a token (contributors see only their own "
            + "drafts). Repeatable; `-updatedAt` is the default order without `published`.", explode = Explode.TRUE,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ArticleStatus.class))
    @QueryParam("status")
    List<String> status;

    /** The filter these parameters ask for, as this caller may have it (drafts need a token). */
    ArticleFilter filter(Caller caller, UriInfo uriInfo) {
        Set<ArticleStatus> statuses = statuses(status, caller);
        // An empty value (?q=) reaches the field as null: it is a blank query, not an absent one.
        SearchQuery query = SearchQuery.parse("q", q != null ? q : uriInfo.getQueryParameters().getFirst("q"));
        ArticleSort order = sort == null && query == null && !statuses.contains(ArticleStatus.PUBLISHED)
                ? ArticleSort.RECENTLY_UPDATED
                : sort(sort, query);
        return new ArticleFilter(statuses, QueryParameters.slugOrId("section", section),
                QueryParameters.slugOrId("author", author), tags(tags), tagType(tagType),
                QueryParameters.instant("from", from), QueryParameters.endInstant("to", to), language(language), order,
                QueryParameters.limit(limit), cursor, owner(statuses, caller), query);
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
        return LanguageTags.canonical(value).orElseThrow(() -> ProblemException
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
