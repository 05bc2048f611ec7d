package io.kiosque.section;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.kiosque.http.Keyset;
import io.kiosque.http.Page;
import io.kiosque.http.QueryParameters;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SectionRepository implements PanacheRepositoryBase<Section, UUID> {

    private static final List<Keyset.Key<Section>> ORDER = List.of(
            new Keyset.Key<>("s.position", section -> section.position, Integer::valueOf),
            new Keyset.Key<>("s.slug", section -> section.slug, slug -> slug));

    public Optional<Section> findByIdOrSlug(String idOrSlug) {
        UUID id = QueryParameters.uuidOrNull(idOrSlug);
        return getEntityManager()
                .createQuery("select s from Section s left join fetch s.parent where "
                        + (id != null ? "s.id = :key" : "s.slug = :key"), Section.class)
                .setParameter("key", id != null ? id : idOrSlug).getResultStream().findFirst();
    }

    /**
     * Sections in navigation order (position, then slug), optionally only the children of one parent.
     */
    public Page<Section> list(String parent, int limit, String cursor) {
        UUID parentId = QueryParameters.uuidOrNull(parent);
        String where = parent == null ? "1 = 1" : parentId != null ? "p.id = :parent" : "p.slug = :parent";
        Map<String, Object> parameters = parent == null
                ? Map.of()
                : Map.of("parent", parentId != null ? parentId : parent);
        return Keyset.page(getEntityManager(), Section.class, "select s from Section s left join fetch s.parent p",
                where, parameters, ORDER, "position", QueryParameters.fingerprint(parent), limit, cursor);
    }
}
