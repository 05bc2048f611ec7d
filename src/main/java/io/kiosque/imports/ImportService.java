package io.kiosque.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.kiosque.article.ArticleRequest;
import io.kiosque.article.ArticleService;
import io.kiosque.article.ArticleView;
import io.kiosque.article.LeadImage;
import io.kiosque.author.AuthorRequest;
import io.kiosque.author.AuthorService;
import io.kiosque.security.Caller;
import io.kiosque.suggestion.TagSuggestionService;

/** Turns plain-text wire copy into a draft: one transaction, so a failed import leaves nothing behind. */
@ApplicationScoped
public class ImportService {

    private final ArticleService articles;
    private final AuthorService authors;
    private final TagSuggestionService suggestions;
    private final EntityManager em;

    ImportService(ArticleService articles, AuthorService authors, TagSuggestionService suggestions, EntityManager em) {
        this.articles = articles;
        this.authors = authors;
        this.suggestions = suggestions;
        this.em = em;
    }

    @Transactional
    public ImportedArticle importCopy(String text, Caller caller) {
        WireCopy copy = WireCopyParser.parse(text);
        String authorId = em
                .createQuery("select a.id from Author a where lower(a.name) = lower(:name) order by a.createdAt",
                        UUID.class)
                .setParameter("name", copy.byline()).setMaxResults(1).getResultStream().findFirst()
                .map(Object::toString)
                .orElseGet(() -> authors.create(new AuthorRequest(null, copy.byline(), copy.bio(), null, null, null,
                        null)).id().toString());
        LeadImage leadImage = copy.imageCaption() == null
                ? null
                : new LeadImage(null, copy.imageCaption(), null, null);
        ArticleView draft = articles.create(new ArticleRequest(null, copy.headline(), copy.standfirst(), copy.body(),
                leadImage, "fr", null, List.of(authorId), List.of(), null, null), caller);
        List<String> parts = new ArrayList<>();
        parts.add(copy.headline());
        parts.add(copy.standfirst());
        copy.body().forEach(block -> parts.add(block.readableText()));
        return new ImportedArticle(draft, suggestions.suggest(String.join("\n\n", parts), null));
    }
}
