package io.kiosque.author;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.kiosque.common.Page;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuthorService {

    private final AuthorRepository authors;

    AuthorService(AuthorRepository authors) {
        this.authors = authors;
    }

    public Page<AuthorView> list(int limit, String cursor) {
        Page<Author> page = authors.list(limit, cursor);
        return new Page<>(page.items().stream().map(AuthorView::of).toList(), page.nextCursor());
    }

    public Optional<AuthorView> find(String idOrSlug) {
        return authors.findByIdOrSlug(idOrSlug).map(AuthorView::of);
    }
}
