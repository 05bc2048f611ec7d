package io.kiosque.article;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import io.kiosque.author.AuthorRef;
import io.kiosque.http.Cursor;
import io.kiosque.http.Page;
import io.kiosque.http.ProblemException;
import io.kiosque.http.QueryParameters;
import io.kiosque.http.StorableInput;
import io.kiosque.search.FullTextSearch;
import io.kiosque.search.Snippets;
import io.kiosque.section.SectionRef;
import io.kiosque.tag.Identifiers;
import io.kiosque.tag.TagRef;
import io.kiosque.tag.TagType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Article persistence: the read queries behind the public API, and the lookups and locks behind writes. Every read
 * costs a fixed number of statements: one for the articles (with their section), one for their authors, one for their
 * tags, whatever the page size.
 */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{2}");

    /**
     * The columns a summary shows, with its section; in a search also its relevance (null unless sorted by it) and raw
     * snippet.
     */
    record SummaryRow(UUID id, String slug, String headline, String standfirst, LeadImage leadImage, String language,
            UUID sectionId, String sectionSlug, String sectionName, ArticleStatus status, Instant publishedAt,
            Instant updatedAt, int wordCount, int readingTimeMinutes, Float rank, String snippet) {

        SummaryRow(UUID id, String slug, String headline, String standfirst, LeadImage leadImage, String language,
                UUID sectionId, String sectionSlug, String sectionName, ArticleStatus status, Instant publishedAt,
                Instant updatedAt, int wordCount, int readingTimeMinutes) {
            this(id, slug, headline, standfirst, leadImage, language, sectionId, sectionSlug, sectionName, status,
                    publishedAt, updatedAt, wordCount, readingTimeMinutes, null, null);
        }
    }

    public Page<ArticleSummary> list(ArticleFilter filter) {
        StringBuilder jpql = new StringBuilder("select new io.kiosque.article.ArticleRepository$SummaryRow(")
                .append("a.id, a.slug, a.headline, a.standfirst, a.leadImage, a.language, s.id, s.slug, s.name, ")
                .append("a.status, a.publishedAt, a.updatedAt, a.wordCount, a.readingTimeMinutes");
        ArticleSort sort = filter.sort();
        String rank = FullTextSearch.rank("a", "q");
        if (filter.query() != null) {
            // Ordered by its alias, the rank is computed once per row, not once more for the sort.
            jpql.append(", ").append(sort == ArticleSort.RELEVANCE ? rank + " as rank" : "cast(null as Float)")
                    .append(", ")
                    .append(FullTextSearch.snippet("a", "q"));
        }
        jpql.append(") from Article a left join a.section s where a.status in :statuses");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("statuses", filter.statuses());
        appendFilters(filter, jpql, parameters);
        if (filter.query() != null) {
            jpql.append(" and ").append(FullTextSearch.matches("a", "q"));
            parameters.put("q", filter.query().text());
        }

        String fingerprint = filter.fingerprint();
        if (filter.cursor() != null && sort == ArticleSort.RELEVANCE) {
            Cursor cursor = Cursor.decode(filter.cursor(), sort.wireName(), fingerprint, 2);
            // The rank is recomputed, not stored: the same expression gives the same float, bit for bit. A row
            // comparison computes it once.
            jpql.append(" and (").append(rank).append(", a.id) < (:cursorRank, :cursorId)");
            parameters.put("cursorRank", FullTextSearch.decodeRank(cursor.keys().get(0)));
            parameters.put("cursorId", parseCursorId(cursor.keys().get(1)));
        } else if (filter.cursor() != null) {
            Cursor cursor = Cursor.decode(filter.cursor(), sort.wireName(), fingerprint, 2);
            String comparison = sort.descending ? "<" : ">";
            // The leading bound is implied by the rest, but lets PostgreSQL start the index scan at the cursor
            // instead of filtering every row before it (deep pages: 1,079 buffers → 51 at 100k articles).
            jpql.append(" and ").append(sort.instantPath).append(' ').append(comparison).append("= :cursorInstant");
            jpql.append(" and (").append(sort.instantPath).append(' ').append(comparison).append(" :cursorInstant or (")
                    .append(sort.instantPath).append(" = :cursorInstant and a.id ").append(comparison)
                    .append(" :cursorId))");
            parameters.put("cursorInstant", parseCursorInstant(cursor.keys().get(0)));
            parameters.put("cursorId", parseCursorId(cursor.keys().get(1)));
        }
        // Keyset order needs a non-null key: lists sorted by publication only hold
        // articles that have one.
        if (sort == ArticleSort.NEWEST_PUBLISHED || sort == ArticleSort.OLDEST_PUBLISHED) {
            jpql.append(" and a.publishedAt is not null");
        }
        String direction = sort.descending ? " desc" : " asc";
        jpql.append(" order by ").append(sort == ArticleSort.RELEVANCE ? "rank" : sort.instantPath).append(direction)
                .append(", a.id").append(direction);

        TypedQuery<SummaryRow> query = getEntityManager().createQuery(jpql.toString(), SummaryRow.class);
        parameters.forEach(query::setParameter);
        List<SummaryRow> rows = query.setMaxResults(filter.limit() + 1).getResultList();

        boolean hasMore = rows.size() > filter.limit();
        List<SummaryRow> pageRows = hasMore ? rows.subList(0, filter.limit()) : rows;
        List<UUID> ids = pageRows.stream().map(SummaryRow::id).toList();
        Map<UUID, List<AuthorRef>> authors = authorsOf(ids);
        Map<UUID, List<TagRef>> tags = tagsOf(ids);
        List<ArticleSummary> items = pageRows.stream().map(row -> new ArticleSummary(row.id(), row.slug(),
                row.headline(), row.standfirst(), row.leadImage(), row.language(),
                row.sectionId() == null ? null : new SectionRef(row.sectionId(), row.sectionSlug(), row.sectionName()),
                authors.getOrDefault(row.id(), List.of()), tags.getOrDefault(row.id(), List.of()), row.status(),
                row.publishedAt(), row.updatedAt(), row.wordCount(), row.readingTimeMinutes(),
                Snippets.toHtml(row.snippet()))).toList();

        String nextCursor = null;
        if (hasMore) {
            SummaryRow last = pageRows.get(pageRows.size() - 1);
            String key;
            if (sort == ArticleSort.RELEVANCE) {
                key = FullTextSearch.encodeRank(last.rank());
            } else {
                Instant instant = sort == ArticleSort.RECENTLY_UPDATED ? last.updatedAt() : last.publishedAt();
                key = Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
            }
            nextCursor = new Cursor(sort.wireName(), fingerprint, List.of(key, last.id().toString())).encode();
        }
        return new Page<>(items, nextCursor);
    }

    /** One article with its section, by id or slug, whatever its status. */
    Optional<Article> findWithSection(String idOrSlug) {
        UUID id = QueryParameters.uuidOrNull(idOrSlug);
        return getEntityManager()
                .createQuery("select a from Article a left join fetch a.section where "
                        + (id != null ? "a.id = :key" : "a.slug = :key"), Article.class)
                .setParameter("key", id != null ? id : idOrSlug).getResultStream().findFirst();
    }

    /** One article by id or slug, its row locked until the transaction ends. */
    Optional<Article> findForUpdate(String idOrSlug) {
        UUID id = QueryParameters.uuidOrNull(idOrSlug);
        // Lock by primary key, before anything of the article is loaded: a lock taken after reading (as Hibernate
        // does for queries with joins) would leave a stale state in memory.
        UUID key = id != null
                ? id
                : getEntityManager().createQuery("select a.id from Article a where a.slug = :slug", UUID.class)
                        .setParameter("slug", idOrSlug).getResultStream().findFirst().orElse(null);
        return key == null
                ? Optional.empty()
                : Optional.ofNullable(getEntityManager().find(Article.class, key, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Claims up to {@code limit} scheduled articles whose time has come, oldest first. {@code FOR UPDATE SKIP LOCKED}
     * and the status checked in the same statement: with several instances, each article is claimed by one of them.
     */
    @SuppressWarnings("unchecked")
    List<UUID> claimDueForPublication(int limit) {
        return getEntityManager()
                .createNativeQuery("select id from article where status = 'scheduled' and published_at <= now() "
                        + "order by published_at limit :limit for update skip locked", UUID.class)
                .setParameter("limit", limit).getResultList();
    }

    public Map<UUID, List<AuthorRef>> authorsOf(Collection<UUID> articleIds) {
        Map<UUID, List<AuthorRef>> authors = new LinkedHashMap<>();
        if (articleIds.isEmpty()) {
            return authors;
        }
        List<Object[]> rows = getEntityManager()
                .createQuery("select a.id, au.id, au.slug, au.name, au.bio from Article a join a.authors au "
                        + "where a.id in :ids order by a.id, index(au)", Object[].class)
                .setParameter("ids", articleIds).getResultList();
        for (Object[] row : rows) {
            authors.computeIfAbsent((UUID) row[0], key -> new ArrayList<>())
                    .add(new AuthorRef((UUID) row[1], (String) row[2], (String) row[3], (String) row[4]));
        }
        return authors;
    }

    public Map<UUID, List<TagRef>> tagsOf(Collection<UUID> articleIds) {
        Map<UUID, List<TagRef>> tags = new LinkedHashMap<>();
        if (articleIds.isEmpty()) {
            return tags;
        }
        List<Object[]> rows = getEntityManager().createQuery(
                "select a.id, t.id, t.slug, t.name, t.type, t.isoCode, t.wikidataId from Article a join a.tags t "
                        + "where a.id in :ids order by a.id, index(t)",
                Object[].class).setParameter("ids", articleIds).getResultList();
        for (Object[] row : rows) {
            tags.computeIfAbsent((UUID) row[0], key -> new ArrayList<>()).add(new TagRef((UUID) row[1], (String) row[2],
                    (String) row[3], (TagType) row[4], (String) row[5], (String) row[6]));
        }
        return tags;
    }

    private static void appendFilters(ArticleFilter filter, StringBuilder jpql, Map<String, Object> parameters) {
        if (filter.section() != null) {
            UUID sectionId = QueryParameters.uuidOrNull(filter.section());
            // A section front also shows the articles of its direct subsections
            // (International > Asie).
            String column = sectionId != null ? "id" : "slug";
            jpql.append(" and s.id in (select fs.id from Section fs left join fs.parent fp where fs.").append(column)
                    .append(" = :section or fp.").append(column).append(" = :section)");
            parameters.put("section", sectionId != null ? sectionId : filter.section());
        }
        if (filter.author() != null) {
            UUID authorId = QueryParameters.uuidOrNull(filter.author());
            jpql.append(" and exists (select 1 from Article fa join fa.authors fau where fa.id = a.id and fau.")
                    .append(authorId != null ? "id" : "slug").append(" = :author)");
            parameters.put("author", authorId != null ? authorId : filter.author());
        }
        for (int i = 0; i < filter.tags().size(); i++) {
            String tag = filter.tags().get(i);
            UUID tagId = QueryParameters.uuidOrNull(tag);
            String column = tagId != null
                    ? "id"
                    : Identifiers.isWikidataId(tag)
                            ? "wikidataId"
                            : ISO_CODE.matcher(tag).matches() ? "isoCode" : "slug";
            String name = "tag" + i;
            jpql.append(" and exists (select 1 from Article ta join ta.tags tt where ta.id = a.id and tt.")
                    .append(column).append(" = :").append(name).append(')');
            parameters.put(name, tagId != null ? tagId : tag);
        }
        if (filter.tagType() != null) {
            jpql.append(
                    " and exists (select 1 from Article ya join ya.tags yt where ya.id = a.id and yt.type = :tagType)");
            parameters.put("tagType", filter.tagType());
        }
        if (filter.from() != null) {
            jpql.append(" and a.publishedAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" and a.publishedAt < :to");
            parameters.put("to", filter.to());
        }
        if (filter.owner() != null) {
            jpql.append(
                    " and (a.status = :ownerVisible or a.createdBy = :ownerToken or exists (select 1 from Article oa")
                    .append(" join oa.authors oau where oa.id = a.id and oau.id = :ownerAuthor))");
            parameters.put("ownerVisible", ArticleStatus.PUBLISHED);
            parameters.put("ownerToken", filter.owner().tokenId());
            parameters.put("ownerAuthor",
                    filter.owner().authorId() == null ? new UUID(0, 0) : filter.owner().authorId());
        }
        if (filter.language() != null) {
            jpql.append(" and a.language = :language");
            parameters.put("language", filter.language());
        }
    }

    private static Instant parseCursorInstant(String micros) {
        try {
            Instant instant = Instant.EPOCH.plus(Long.parseLong(micros), ChronoUnit.MICROS);
            if (StorableInput.isStorable(instant)) {
                return instant;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw ProblemException.invalidParameter("cursor", "not a cursor issued by this API");
    }

    private static UUID parseCursorId(String id) {
        UUID uuid = QueryParameters.uuidOrNull(id);
        if (uuid == null) {
            throw ProblemException.invalidParameter("cursor", "not a cursor issued by this API");
        }
        return uuid;
    }
}
