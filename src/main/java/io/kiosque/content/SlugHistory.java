package io.kiosque.content;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Slugs are unique per resource type, and a slug once used keeps pointing at its resource: a new resource cannot take
 * another one's old slug, and when a slug changes the old one becomes a redirect.
 */
@ApplicationScoped
public class SlugHistory {

    private final EntityManager em;

    SlugHistory(EntityManager em) {
        this.em = em;
    }

    /** The wanted slug if free for this resource, else the first free {@code wanted-2}, {@code wanted-3}... */
    public String allocate(Class<?> entity, String wanted, UUID resourceId) {
        String base = wanted.isEmpty() ? type(entity) : wanted;
        if (isFree(entity, base, resourceId)) {
            return base;
        }
        for (int suffix = 2;; suffix++) {
            String tail = "-" + suffix;
            String head = base.length() + tail.length() > Slugs.MAX_LENGTH
                    ? base.substring(0, Slugs.MAX_LENGTH - tail.length()).replaceAll("-+$", "")
                    : base;
            if (isFree(entity, head + tail, resourceId)) {
                return head + tail;
            }
        }
    }

    /** Free for this resource: no other resource of the type has it now or had it before. */
    public boolean isFree(Class<?> entity, String slug, UUID resourceId) {
        Long current = em
                .createQuery(
                        "select count(e) from " + entity.getSimpleName() + " e where e.slug = :slug and e.id <> :id",
                        Long.class)
                .setParameter("slug", slug).setParameter("id", resourceId).getSingleResult();
        if (current > 0) {
            return false;
        }
        SlugRedirect redirect = em.find(SlugRedirect.class, new SlugRedirect.Key(type(entity), slug));
        return redirect == null || redirect.resourceId.equals(resourceId);
    }

    /** Call when a resource's slug changes from {@code oldSlug} to {@code newSlug}. */
    public void changed(Class<?> entity, UUID resourceId, String oldSlug, String newSlug) {
        String type = type(entity);
        SlugRedirect reclaimed = em.find(SlugRedirect.class, new SlugRedirect.Key(type, newSlug));
        if (reclaimed != null) {
            em.remove(reclaimed);
        }
        SlugRedirect redirect = new SlugRedirect();
        redirect.resourceType = type;
        redirect.oldSlug = oldSlug;
        redirect.resourceId = resourceId;
        redirect.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        em.merge(redirect);
    }

    /** The resource an old slug belongs to. */
    public Optional<UUID> redirectTarget(Class<?> entity, String slug) {
        SlugRedirect redirect = em.find(SlugRedirect.class, new SlugRedirect.Key(type(entity), slug));
        return Optional.ofNullable(redirect).map(found -> found.resourceId);
    }

    /** Forget the history of a deleted resource, so that its slugs can be used again. */
    public void forget(Class<?> entity, UUID resourceId) {
        em.createQuery("delete from SlugRedirect r where r.resourceType = :type and r.resourceId = :id")
                .setParameter("type", type(entity)).setParameter("id", resourceId).executeUpdate();
    }

    private static String type(Class<?> entity) {
        return entity.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
