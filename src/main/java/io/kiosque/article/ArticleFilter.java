package io.kiosque.article;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.kiosque.http.QueryParameters;
import io.kiosque.search.SearchQuery;
import io.kiosque.tag.TagType;

/**
 * What an article list asks for, already parsed and validated. {@code section}, {@code author} and each of {@code tags}
 * is a slug or an id; a tag may also be a Wikidata QID ({@code Q423}) or an ISO 3166-1 code ({@code KP}). {@code from}
 * is inclusive, {@code to} exclusive. {@code owner} restricts unpublished articles to a contributor's own, null for
 * none; {@code query} is a full-text query, null for none.
 */
public record ArticleFilter(Set<ArticleStatus> statuses, String section, String author, List<String> tags,
        TagType tagType, Instant from, Instant to, String language, ArticleSort sort, int limit, String cursor,
        Owner owner, SearchQuery query) {

    /** A contributor's own articles: created by its token or signed by its author. */
    public record Owner(UUID tokenId, UUID authorId) {
    }

    /** Identifies the result set a cursor belongs to: everything but the position and the page size. */
    String fingerprint() {
        return QueryParameters.fingerprint(statuses.stream().sorted().toList(), section, author, tags, tagType, from,
                to, language, owner, query == null ? null : query.text());
    }
}
