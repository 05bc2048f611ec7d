package io.kiosque.author;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.kiosque.content.SluggedResourceService;
import io.kiosque.http.Page;
import io.kiosque.http.ProblemError;

@ApplicationScoped
@Transactional
public class AuthorService extends SluggedResourceService<Author, AuthorRequest, AuthorView> {

    private final AuthorRepository authors;

    AuthorService(Support support, AuthorRepository authors) {
        super(support, Author.class, AuthorRequest.class);
        this.authors = authors;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuthorView> list(int limit, String cursor) {
        Page<Author> page = authors.list(limit, cursor);
        return new Page<>(page.items().stream().map(AuthorView::of).toList(), page.nextCursor());
    }

    @Override
    protected Author newEntity() {
        return new Author();
    }

    @Override
    protected AuthorView view(Author author) {
        return AuthorView.of(author);
    }

    @Override
    protected AuthorRequest toRequest(Author author) {
        return new AuthorRequest(author.slug, author.name, author.bio, author.jobTitle, author.avatarUrl,
                author.links == null ? List.of() : List.copyOf(author.links), author.email);
    }

    @Override
    protected String nameOf(AuthorRequest request) {
        return request.name();
    }

    @Override
    protected String slugOf(AuthorRequest request) {
        return request.slug();
    }

    @Override
    protected void apply(AuthorRequest request, Author author, List<ProblemError> errors) {
        author.name = request.name().strip();
        author.bio = request.bio();
        author.jobTitle = request.jobTitle();
        author.avatarUrl = request.avatarUrl();
        author.links = request.links() == null ? new ArrayList<>() : new ArrayList<>(request.links());
        author.email = request.email();
    }

    @Override
    protected long usages(Author author) {
        return support.em()
                .createQuery("select count(a) from Article a join a.authors au where au.id = :id", Long.class)
                .setParameter("id", author.id).getSingleResult()
                + support.em().createQuery("select count(t) from ApiToken t where t.authorId = :id", Long.class)
                        .setParameter("id", author.id).getSingleResult();
    }
}
