package io.kiosque.article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.kiosque.content.ContentChanged;
import io.kiosque.http.ProblemException;
import io.kiosque.http.Representations;
import io.kiosque.security.Caller;

/**
 * Revision history: every change to an article is recorded as a snapshot of its representation, which can be read,
 * compared with another, or restored.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ArticleRevisions {

    private final ArticleRepository articles;
    private final ArticleRevisionRepository revisions;
    private final ArticleAccess access;
    private final ArticleEditor editor;
    private final Representations representations;
    private final Event<ContentChanged> changes;
    private final ObjectMapper mapper;
    private final ObjectReader snapshotReader;

    ArticleRevisions(ArticleRepository articles, ArticleRevisionRepository revisions, ArticleAccess access,
            ArticleEditor editor, Representations representations, Event<ContentChanged> changes,
            ObjectMapper mapper) {
        this.articles = articles;
        this.revisions = revisions;
        this.access = access;
        this.editor = editor;
        this.representations = representations;
        this.changes = changes;
        this.mapper = mapper;
        // Old snapshots may miss fields added since, or carry removed ones: read them leniently.
        this.snapshotReader = mapper.readerFor(ArticleView.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public List<RevisionSummary> revisions(String idOrSlug, Caller caller) {
        Article article = access.readable(idOrSlug, caller);
        return revisions.history(article.id).stream().map(ArticleMapper::toSummary).toList();
    }

    public RevisionView revision(String idOrSlug, int number, Caller caller) {
        ArticleRevision revision = find(access.readable(idOrSlug, caller), number);
        return new RevisionView(ArticleMapper.toSummary(revision), snapshot(revision));
    }

    public RevisionComparison compare(String idOrSlug, int from, int to, Caller caller) {
        Article article = access.readable(idOrSlug, caller);
        JsonNode before = mapper.valueToTree(snapshot(find(article, from)));
        JsonNode after = mapper.valueToTree(snapshot(find(article, to)));
        List<RevisionComparison.FieldChange> differences = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            JsonNode old = before.get(field);
            JsonNode now = after.get(field);
            if (old == null ? now != null : !old.equals(now)) {
                differences.add(new RevisionComparison.FieldChange(field, old, now));
            }
        }
        return new RevisionComparison(from, to, differences);
    }

    /** Writes the content of an old revision back, as a new revision: history is never rewritten. */
    @Transactional
    public ArticleView restore(String idOrSlug, int number, String ifMatch, Caller caller) {
        Article article = access.editable(idOrSlug, ifMatch, caller);
        ArticleView old = snapshot(find(article, number));
        editor.apply(ArticleMapper.toRequest(old), article, ArticleClock.now());
        return record(article, "restored", caller);
    }

    /**
     * Flushes (so the version is the new one), records the revision and the {@link ContentChanged} event in the
     * caller's transaction, and returns the new view.
     */
    ArticleView record(Article article, String action, Caller caller) {
        articles.flush();
        ArticleView view = ArticleMapper.toView(article);
        ArticleRevision revision = new ArticleRevision();
        revision.articleId = article.id;
        revision.number = revisions.nextNumber(article.id);
        revision.action = action;
        revision.createdAt = ArticleClock.now();
        revision.actorName = caller.name();
        revision.actorRole = caller.role() == null ? "anonymous" : caller.role().wireName();
        revision.snapshot = new String(representations.bytes(view), StandardCharsets.UTF_8);
        revisions.persist(revision);
        changes.fire(new ContentChanged("article", article.id, article.slug, action, view));
        return view;
    }

    private ArticleRevision find(Article article, int number) {
        return revisions.findRevision(article.id, number)
                .orElseThrow(() -> ProblemException.notFound("The article has no revision " + number + "."));
    }

    private ArticleView snapshot(ArticleRevision revision) {
        try {
            return snapshotReader.readValue(revision.snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable snapshot of revision " + revision.number, e);
        }
    }
}
