package io.kiosque.tag;

import java.util.HashMap;
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
public class TagRepository implements PanacheRepositoryBase<Tag, UUID> {

    private static final List<Keyset.Key<Tag>> ORDER = List
            .of(new Keyset.Key<>("t.slug", tag -> tag.slug, slug -> slug));

    public Optional<Tag> findByIdOrSlug(String idOrSlug) {
        UUID id = QueryParameters.uuidOrNull(idOrSlug);
        return id != null ? findByIdOptional(id) : find("slug", idOrSlug).firstResultOptional();
    }

    public Page<Tag> list(TagFilter filter, int limit, String cursor) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.type() != null) {
            where.append(" and t.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.isoCode() != null) {
            where.append(" and t.isoCode = :isoCode");
            parameters.put("isoCode", filter.isoCode());
        }
        if (filter.wikidataId() != null) {
            where.append(" and t.wikidataId = :wikidataId");
            parameters.put("wikidataId", filter.wikidataId());
        }
        return Keyset.page(getEntityManager(), Tag.class, "select t from Tag t", where.toString(), parameters, ORDER,
                "slug", QueryParameters.fingerprint(filter.type(), filter.isoCode(), filter.wikidataId()), limit,
                cursor);
    }
}
