package io.kiosque.author;

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
public class AuthorRepository implements PanacheRepositoryBase<Author, UUID> {

    private static final List<Keyset.Key<Author>> ORDER = List
            .of(new Keyset.Key<>("a.slug", author -> author.slug, slug -> slug));

    public Optional<Author> findByIdOrSlug(String idOrSlug) {
        UUID id = QueryParameters.uuidOrNull(idOrSlug);
        return id != null ? findByIdOptional(id) : find("slug", idOrSlug).firstResultOptional();
    }

    public Page<Author> list(int limit, String cursor) {
        return Keyset.page(getEntityManager(), Author.class, "select a from Author a", "1 = 1", Map.of(), ORDER, "slug",
                QueryParameters.fingerprint(), limit, cursor);
    }
}
