package io.kiosque.article;

import java.util.List;

import io.kiosque.author.AuthorRef;
import io.kiosque.section.SectionRef;
import io.kiosque.tag.TagRef;

/** Articles and their revisions as records: the view every answer shows, and requests rebuilt from a state. */
final class ArticleMapper {

    private ArticleMapper() {
    }

    static ArticleView toView(Article article) {
        SectionRef section = article.section == null
                ? null
                : new SectionRef(article.section.id, article.section.slug, article.section.name);
        List<AuthorRef> authorRefs = article.authors.stream()
                .map(author -> new AuthorRef(author.id, author.slug, author.name, author.bio)).toList();
        List<TagRef> tagRefs = article.tags.stream()
                .map(tag -> new TagRef(tag.id, tag.slug, tag.name, tag.type, tag.isoCode, tag.wikidataId)).toList();
        return new ArticleView(article.id, article.slug, article.headline, article.standfirst,
                List.copyOf(article.body), article.leadImage, article.language, section, authorRefs, tagRefs,
                article.status, article.createdAt, article.updatedAt, article.publishedAt, article.firstPublishedAt,
                article.wordCount, article.readingTimeMinutes, article.seoTitle, article.seoDescription,
                article.version);
    }

    /** The editable state of an article, as a request would carry it (the base of a merge patch). */
    static ArticleRequest toRequest(Article article) {
        return new ArticleRequest(article.slug, article.headline, article.standfirst, article.body,
                article.leadImage, article.language, article.section == null ? null : article.section.slug,
                article.authors.stream().map(author -> author.slug).toList(),
                article.tags.stream().map(tag -> tag.slug).toList(), article.seoTitle, article.seoDescription);
    }

    /**
     * The editable state a snapshot recorded. Related resources are named by id: their slugs may have changed since.
     */
    static ArticleRequest toRequest(ArticleView snapshot) {
        return new ArticleRequest(snapshot.slug(), snapshot.headline(), snapshot.standfirst(), snapshot.body(),
                snapshot.leadImage(), snapshot.language(),
                snapshot.section() == null ? null : snapshot.section().id().toString(),
                snapshot.authors().stream().map(author -> author.id().toString()).toList(),
                snapshot.tags().stream().map(tag -> tag.id().toString()).toList(), snapshot.seoTitle(),
                snapshot.seoDescription());
    }

    static ArticleRequest withAuthors(ArticleRequest request, List<String> authors) {
        return new ArticleRequest(request.slug(), request.headline(), request.standfirst(), request.body(),
                request.leadImage(), request.language(), request.section(), authors, request.tags(),
                request.seoTitle(), request.seoDescription());
    }

    static RevisionSummary toSummary(ArticleRevision revision) {
        return new RevisionSummary(revision.number, revision.action, revision.createdAt, revision.actorName,
                revision.actorRole);
    }
}
