package io.kiosque.content;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kiosque.http.MovedPermanently;
import io.kiosque.http.ProblemError;
import io.kiosque.http.ProblemException;
import io.kiosque.http.Problems;
import io.kiosque.http.QueryParameters;
import io.kiosque.http.Representations;

/**
 * The write rules shared by sections, authors and tags: slugs (generated, unique, old ones redirect), If-Match on every
 * change, merge patch as a partial replace, deletion refused while in use, and a {@link ContentChanged} event in the
 * same transaction. Subclasses say how a request maps onto their entity.
 *
 * @param <E>
 *            the entity
 * @param <R>
 *            the input record
 * @param <V>
 *            the output record
 */
public abstract class SluggedResourceService<E extends SluggedEntity, R, V> {

    /** Collaborators every subclass passes through, so their constructors stay short. */
    public record Support(EntityManager em, SlugHistory slugs, Representations representations,
            Event<ContentChanged> changes, Validator validator, ObjectMapper mapper) {
    }

    // Not final: CDI client proxies of subclasses need the no-argument constructor below.
    protected Support support;
    private Class<E> entityType;
    private Class<R> requestType;
    private String resourceType;

    protected SluggedResourceService() {
    }

    protected SluggedResourceService(Support support, Class<E> entityType, Class<R> requestType) {
        this.support = support;
        this.entityType = entityType;
        this.requestType = requestType;
        this.resourceType = entityType.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    protected abstract E newEntity();

    protected abstract V view(E entity);

    /** The editable state of an entity, as a request would carry it (the base of a merge patch). */
    protected abstract R toRequest(E entity);

    /** The name a slug is generated from, and the slug asked for (null to keep or generate). */
    protected abstract String nameOf(R request);

    protected abstract String slugOf(R request);

    /** Copies the request's fields onto the entity; adds an error per invalid reference or value. */
    protected abstract void apply(R request, E entity, List<ProblemError> errors);

    /** How many resources still point at this one (deleting it is refused while any do). */
    protected abstract long usages(E entity);

    /** A resource by id or slug; a former slug redirects to the current one. */
    public V find(String idOrSlug) {
        Optional<E> found = load(idOrSlug, LockModeType.NONE);
        if (found.isPresent()) {
            return view(found.get());
        }
        Optional<UUID> target = support.slugs().redirectTarget(entityType, idOrSlug);
        if (target.isPresent()) {
            E moved = support.em().find(entityType, target.get());
            if (moved != null) {
                throw new MovedPermanently(idOrSlug, moved.slug);
            }
        }
        throw notFound(idOrSlug);
    }

    public V create(R request) {
        E entity = newEntity();
        entity.id = UUID.randomUUID();
        entity.createdAt = now();
        update(entity, request);
        support.em().persist(entity);
        return changed(entity, "created");
    }

    public V replace(String idOrSlug, R request, String ifMatch) {
        E entity = lockForUpdate(idOrSlug, ifMatch);
        update(entity, request);
        return changed(entity, "updated");
    }

    public V patch(String idOrSlug, JsonNode patch, String ifMatch) throws JsonProcessingException {
        E entity = lockForUpdate(idOrSlug, ifMatch);
        JsonNode merged = MergePatch.apply(support.mapper().valueToTree(toRequest(entity)), patch);
        R request = support.mapper().treeToValue(merged, requestType);
        Set<ConstraintViolation<R>> violations = support.validator().validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        update(entity, request);
        return changed(entity, "updated");
    }

    public void delete(String idOrSlug, String ifMatch) {
        E entity = lockForUpdate(idOrSlug, ifMatch);
        long usages = usages(entity);
        if (usages > 0) {
            throw ProblemException.conflict("The " + resourceType + " '" + entity.slug + "' is still used by "
                    + usages + (usages == 1 ? " resource" : " resources") + "; remove it from them first.");
        }
        support.slugs().forget(entityType, entity.id);
        support.em().remove(entity);
        support.changes().fire(new ContentChanged(resourceType, entity.id, entity.slug, "deleted", null));
    }

    private void update(E entity, R request) {
        List<ProblemError> errors = new ArrayList<>();
        apply(request, entity, errors);
        // The entity may now hold rejected values: refuse before the slug queries below, whose auto-flush would send
        // them to the database (an invalid tag isoCode failed its check constraint there, a 500).
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(
                    errors.size() == 1 ? errors.get(0).detail() + "." : errors.size() + " inputs are invalid.", errors);
        }
        String wanted = slugOf(request);
        String slug;
        if (wanted == null) {
            slug = entity.slug != null
                    ? entity.slug
                    : support.slugs().allocate(entityType, Slugs.slugify(nameOf(request)), entity.id);
        } else {
            slug = wanted;
            if (!wanted.equals(entity.slug) && !support.slugs().isFree(entityType, wanted, entity.id)) {
                throw ProblemException.conflict(
                        "The slug '" + wanted + "' is taken by another " + resourceType + ", now or before.");
            }
        }
        if (entity.slug != null && !slug.equals(entity.slug)) {
            support.slugs().changed(entityType, entity.id, entity.slug, slug);
        }
        entity.slug = slug;
        entity.updatedAt = now();
    }

    private E lockForUpdate(String idOrSlug, String ifMatch) {
        E entity = load(idOrSlug, LockModeType.PESSIMISTIC_WRITE)
                .or(() -> support.slugs().redirectTarget(entityType, idOrSlug)
                        .flatMap(id -> load(id.toString(), LockModeType.PESSIMISTIC_WRITE)))
                .orElseThrow(() -> notFound(idOrSlug));
        support.representations().requireMatch(ifMatch, view(entity), resourceType);
        return entity;
    }

    private Optional<E> load(String idOrSlug, LockModeType lock) {
        UUID id = QueryParameters.uuidOrNull(idOrSlug);
        if (lock == LockModeType.NONE) {
            return support.em()
                    .createQuery("select e from " + entityType.getSimpleName() + " e where "
                            + (id != null ? "e.id = :key" : "e.slug = :key"), entityType)
                    .setParameter("key", id != null ? id : idOrSlug).getResultStream().findFirst();
        }
        UUID key = id != null
                ? id
                : support.em()
                        .createQuery("select e.id from " + entityType.getSimpleName() + " e where e.slug = :slug",
                                UUID.class)
                        .setParameter("slug", idOrSlug).getResultStream().findFirst().orElse(null);
        // Locking by primary key reads the row under the lock, never a stale copy.
        return key == null ? Optional.empty() : Optional.ofNullable(support.em().find(entityType, key, lock));
    }

    private V changed(E entity, String action) {
        support.em().flush();
        V view = view(entity);
        support.changes().fire(new ContentChanged(resourceType, entity.id, entity.slug, action, view));
        return view;
    }

    private ProblemException notFound(String idOrSlug) {
        return ProblemException
                .notFound("No " + resourceType + " has the id or slug '" + Problems.abbreviate(idOrSlug, 100) + "'.");
    }

    protected static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
