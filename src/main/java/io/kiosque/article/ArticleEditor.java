package io.kiosque.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.kiosque.author.Author;
import io.kiosque.author.AuthorRepository;
import io.kiosque.content.LanguageTags;
import io.kiosque.content.SlugHistory;
import io.kiosque.content.Slugs;
import io.kiosque.http.ProblemError;
import io.kiosque.http.ProblemException;
import io.kiosque.section.Section;
import io.kiosque.section.SectionRepository;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagRepository;

/** Applies a request's editable content to an article: the one place where input becomes article state. */
@ApplicationScoped
class ArticleEditor {

    private static final String DEFAULT_LANGUAGE = "fr";

    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final TagRepository tags;
    private final SlugHistory slugs;

    ArticleEditor(SectionRepository sections, AuthorRepository authors, TagRepository tags, SlugHistory slugs) {
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.slugs = slugs;
    }

    /**
     * References are resolved, and every unknown or duplicate one reported at once (400); a slug taken by another
     * article, now or before, is a conflict (409). Nothing changes unless the whole request is valid.
     */
    void apply(ArticleRequest request, Article article, Instant now) {
        List<ProblemError> errors = new ArrayList<>();
        String language = request.language() == null
                ? DEFAULT_LANGUAGE
                : LanguageTags.canonical(request.language()).orElse(null);
        if (language == null) {
            errors.add(ProblemError.atPointer("/language", "must be a BCP 47 language tag such as fr or fr-CA"));
        }
        Section section = null;
        if (request.section() != null) {
            section = sections.findByIdOrSlug(request.section()).orElse(null);
            if (section == null) {
                errors.add(ProblemError.atPointer("/section", "unknown section '" + request.section() + "'"));
            }
        }
        List<Author> resolvedAuthors = resolve(request.authorsOrEmpty(), "/authors", "author", authors::findByIdOrSlug,
                author -> author.id, errors);
        List<Tag> resolvedTags = resolve(request.tagsOrEmpty(), "/tags", "tag", tags::findByIdOrSlug, tag -> tag.id,
                errors);
        String slug = request.slug();
        if (slug == null && article.slug == null) {
            slug = slugs.allocate(Article.class, Slugs.slugify(request.headline()), article.id);
        } else if (slug != null && !slug.equals(article.slug) && !slugs.isFree(Article.class, slug, article.id)) {
            throw ProblemException.conflict("The slug '" + slug + "' is taken by another article, now or before.");
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(
                    errors.size() == 1 ? errors.get(0).detail() + "." : errors.size() + " inputs are invalid.", errors);
        }
        if (slug != null && article.slug != null && !slug.equals(article.slug)) {
            slugs.changed(Article.class, article.id, article.slug, slug);
        }
        if (slug != null) {
            article.slug = slug;
        }
        article.headline = request.headline().strip();
        article.standfirst = request.standfirst();
        article.body = new ArrayList<>(request.bodyOrEmpty());
        article.leadImage = request.leadImage();
        article.language = language;
        article.section = section;
        article.authors = new ArrayList<>(resolvedAuthors);
        article.tags = new ArrayList<>(resolvedTags);
        article.seoTitle = request.seoTitle();
        article.seoDescription = request.seoDescription();
        article.updatedAt = now;
        ArticleText.derive(article);
    }

    private static <T> List<T> resolve(List<String> references, String pointer, String kind,
            Function<String, Optional<T>> finder, Function<T, UUID> idOf,
            List<ProblemError> errors) {
        List<T> resolved = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            Optional<T> found = finder.apply(reference);
            if (found.isEmpty()) {
                errors.add(ProblemError.atPointer(pointer + "/" + i, "unknown " + kind + " '" + reference + "'"));
            } else if (!seen.add(idOf.apply(found.get()))) {
                errors.add(ProblemError.atPointer(pointer + "/" + i, "duplicate " + kind + " '" + reference + "'"));
            } else {
                resolved.add(found.get());
            }
        }
        return resolved;
    }
}
