package io.kiosque.article;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kiosque.content.ContentChanged;
import io.kiosque.content.MergePatch;
import io.kiosque.content.SlugHistory;
import io.kiosque.http.Page;
import io.kiosque.http.ProblemException;
import io.kiosque.security.Caller;
import io.kiosque.security.Role;

/**
 * Articles: reads and writes. Every write locks the article row, checks If-Match against the current representation,
 * and records a revision and a {@link ContentChanged} event in the same transaction; {@link ArticleWorkflow} and
 * {@link ArticleRevisions} write the same way.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleService {

    public static final Set<ArticleStatus> PUBLIC_STATUSES = Set.of(ArticleStatus.PUBLISHED);

    private final ArticleRepository articles;
    private final ArticleAccess access;
    private final ArticleEditor editor;
    private final ArticleRevisions revisions;
    private final SlugHistory slugs;
    private final Event<ContentChanged> changes;
    private final Validator validator;
    private final ObjectMapper mapper;

    ArticleService(ArticleRepository articles, ArticleAccess access, ArticleEditor editor, ArticleRevisions revisions,
            SlugHistory slugs, Event<ContentChanged> changes, Validator validator, ObjectMapper mapper) {
        this.articles = articles;
        this.access = access;
        this.editor = editor;
        this.revisions = revisions;
        this.slugs = slugs;
        this.changes = changes;
        this.validator = validator;
        this.mapper = mapper;
    }

    // ---- Reads -------------------------------------------------------------------------------------------------

    /** In one transaction, so that a page holds one pooled connection rather than one per statement. */
    @Transactional
    public Page<ArticleSummary> list(ArticleFilter filter) {
        return articles.list(filter);
    }

    /** An article as this caller may see it; a former slug answers with a redirect to the current one. */
    @Transactional
    public ArticleView find(String idOrSlug, Caller caller) {
        return ArticleMapper.toView(access.readable(idOrSlug, caller));
    }

    /**
     * The article's text for entity detection (headline, standfirst, then each block, separated by blank lines), and
     * the tags it already has. Editors may ask for any article, contributors for their own drafts.
     */
    public ArticleText.ForSuggestions textForSuggestions(String idOrSlug, Caller caller) {
        Article article = access.readable(idOrSlug, caller);
        if (!ArticleAccess.mayEdit(article, caller)) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "Contributors may ask for suggestions on their own drafts only.", null);
        }
        return ArticleText.forSuggestions(article);
    }

    // ---- Writes ------------------------------------------------------------------------------------------------

    @Transactional
    public ArticleView create(ArticleRequest request, Caller caller) {
        Instant now = ArticleClock.now();
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.status = ArticleStatus.DRAFT;
        article.createdAt = now;
        article.createdBy = caller.tokenId();
        if (request.authorsOrEmpty().isEmpty() && caller.authorId() != null) {
            // A contributor's token writes as its author: its drafts are signed by default.
            request = ArticleMapper.withAuthors(request, List.of(caller.authorId().toString()));
        }
        editor.apply(request, article, now);
        articles.persist(article);
        return revisions.record(article, "created", caller);
    }

    @Transactional
    public ArticleView replace(String idOrSlug, ArticleRequest request, String ifMatch, Caller caller) {
        Article article = access.editable(idOrSlug, ifMatch, caller);
        editor.apply(request, article, ArticleClock.now());
        return revisions.record(article, "updated", caller);
    }

    @Transactional
    public ArticleView patch(String idOrSlug, JsonNode patch, String ifMatch, Caller caller)
            throws JsonProcessingException {
        Article article = access.editable(idOrSlug, ifMatch, caller);
        JsonNode merged = MergePatch.apply(mapper.valueToTree(ArticleMapper.toRequest(article)), patch);
        // Unknown or read-only members in the patch fail here, as they would in a PUT.
        ArticleRequest request = mapper.treeToValue(merged, ArticleRequest.class);
        Set<ConstraintViolation<ArticleRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        editor.apply(request, article, ArticleClock.now());
        return revisions.record(article, "updated", caller);
    }

    /** Deletes the article, its revisions with it (the database cascades), and forgets its former slugs. */
    @Transactional
    public void delete(String idOrSlug, String ifMatch, Caller caller) {
        Article article = access.lockForWrite(idOrSlug, caller);
        ArticleAccess.requireRole(caller, Role.EDITOR, "delete articles");
        access.requireMatch(ifMatch, article);
        slugs.forget(Article.class, article.id);
        articles.delete(article);
        changes.fire(new ContentChanged("article", article.id, article.slug, "deleted", null));
    }
}
