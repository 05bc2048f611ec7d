package io.kiosque.article;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.kiosque.http.ProblemException;
import io.kiosque.security.Caller;
import io.kiosque.security.Secrets;

/**
 * Preview links: whoever may edit an article can hand out a link that shows its current state to someone without an
 * account, until the link expires or is revoked. Links are random secrets stored as hashes (like API tokens), so each
 * can be revoked, and nothing has to be configured.
 */
@ApplicationScoped
@Transactional
public class Previews {

    public static final String QUERY_PARAMETER = "preview";
    static final String PREFIX = "kqp_";
    private static final int MAX_SECRET_LENGTH = 200;

    private final ArticleAccess access;
    private final EntityManager em;
    private final Duration ttl;

    Previews(ArticleAccess access, EntityManager em, PreviewConfig config) {
        this.access = access;
        this.em = em;
        this.ttl = config.ttl();
    }

    /** A new link to the article, valid for {@code kiosque.preview.ttl}; the caller must be allowed to edit it. */
    public PreviewLink issue(String idOrSlug, Caller caller, URI baseUri) {
        UUID articleId = access.previewable(idOrSlug, caller);
        Instant now = ArticleClock.now();
        // Links that expired long ago are of no use to anyone: forget them as new ones are made.
        em.createQuery("delete from PreviewToken p where p.articleId = :article and p.expiresAt < :longAgo")
                .setParameter("article", articleId).setParameter("longAgo", now.minus(Duration.ofDays(1)))
                .executeUpdate();
        String secret = Secrets.newSecret(PREFIX);
        PreviewToken token = new PreviewToken();
        token.id = UUID.randomUUID();
        token.articleId = articleId;
        token.secretHash = Secrets.hash(secret);
        token.createdBy = caller.tokenId();
        token.createdAt = now;
        token.expiresAt = now.plus(ttl);
        em.persist(token);
        URI url = baseUri.resolve("api/v1/articles/" + articleId + "?" + QUERY_PARAMETER + "=" + secret);
        return new PreviewLink(secret, token.expiresAt, url.toString());
    }

    /** Revokes every link to the article; it answers 403 from now on. Returns how many were still valid. */
    public int revokeAll(String idOrSlug, Caller caller) {
        UUID articleId = access.previewable(idOrSlug, caller);
        Instant now = ArticleClock.now();
        return em.createQuery("update PreviewToken p set p.revokedAt = :now where p.articleId = :article "
                + "and p.revokedAt is null and p.expiresAt > :now").setParameter("now", now)
                .setParameter("article", articleId).executeUpdate();
    }

    /** The article a link unlocks, if the link is valid now and names this article. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleView open(String idOrSlug, String secret) {
        if (secret.isBlank() || secret.length() > MAX_SECRET_LENGTH) {
            throw refused("This preview link is invalid.");
        }
        PreviewToken token = em.createQuery("select p from PreviewToken p where p.secretHash = :hash",
                PreviewToken.class).setParameter("hash", Secrets.hash(secret)).getResultStream().findFirst()
                .orElseThrow(() -> refused("This preview link is invalid."));
        if (token.revokedAt != null) {
            throw refused("This preview link was revoked.");
        }
        if (!token.expiresAt.isAfter(Instant.now())) {
            throw refused("This preview link expired at " + token.expiresAt + ".");
        }
        return ArticleMapper.toView(access.unlockedBy(idOrSlug, token.articleId));
    }

    private static ProblemException refused(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail + " Ask the newsroom for a new one.", null);
    }
}
