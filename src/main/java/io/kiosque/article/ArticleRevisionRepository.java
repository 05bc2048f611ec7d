package io.kiosque.article;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The revisions of articles, numbered from 1 per article. */
@ApplicationScoped
class ArticleRevisionRepository implements PanacheRepositoryBase<ArticleRevision, ArticleRevision.Key> {

    /** Newest first. */
    List<ArticleRevision> history(UUID articleId) {
        return getEntityManager()
                .createQuery("select r from ArticleRevision r where r.articleId = :id order by r.number desc",
                        ArticleRevision.class)
                .setParameter("id", articleId).getResultList();
    }

    Optional<ArticleRevision> findRevision(UUID articleId, int number) {
        return findByIdOptional(new ArticleRevision.Key(articleId, number));
    }

    int nextNumber(UUID articleId) {
        Integer last = getEntityManager()
                .createQuery("select max(r.number) from ArticleRevision r where r.articleId = :id", Integer.class)
                .setParameter("id", articleId).getSingleResult();
        return last == null ? 1 : last + 1;
    }
}
