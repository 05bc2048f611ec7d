package io.kiosque.tag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.kiosque.content.SluggedResourceService;
import io.kiosque.http.Page;
import io.kiosque.http.ProblemError;

@ApplicationScoped
@Transactional
public class TagService extends SluggedResourceService<Tag, TagRequest, TagView> {

    private final TagRepository tags;

    TagService(Support support, TagRepository tags) {
        super(support, Tag.class, TagRequest.class);
        this.tags = tags;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TagView> list(TagFilter filter, int limit, String cursor) {
        Page<Tag> page = tags.list(filter, limit, cursor);
        return new Page<>(page.items().stream().map(TagView::of).toList(), page.nextCursor());
    }

    @Override
    protected Tag newEntity() {
        return new Tag();
    }

    @Override
    protected TagView view(Tag tag) {
        return TagView.of(tag);
    }

    @Override
    protected TagRequest toRequest(Tag tag) {
        return new TagRequest(tag.slug, tag.name, tag.type, List.copyOf(tag.aliases), tag.description, tag.isoCode,
                tag.wikidataId);
    }

    @Override
    protected String nameOf(TagRequest request) {
        return request.name();
    }

    @Override
    protected String slugOf(TagRequest request) {
        return request.slug();
    }

    @Override
    protected void apply(TagRequest request, Tag tag, List<ProblemError> errors) {
        if (request.isoCode() != null) {
            if (request.type() != TagType.COUNTRY) {
                errors.add(ProblemError.atPointer("/isoCode", "only countries have an ISO 3166-1 code"));
            } else if (!Identifiers.isIsoCountryCode(request.isoCode())) {
                errors.add(ProblemError.atPointer("/isoCode",
                        "'" + request.isoCode() + "' is not an ISO 3166-1 alpha-2 country code"));
            } else if (taken("isoCode", request.isoCode(), tag)) {
                errors.add(ProblemError.atPointer("/isoCode", "another tag has the code " + request.isoCode()));
            }
        }
        if (request.wikidataId() != null && taken("wikidataId", request.wikidataId(), tag)) {
            errors.add(ProblemError.atPointer("/wikidataId", "another tag has the QID " + request.wikidataId()));
        }
        tag.name = request.name().strip();
        tag.type = request.type();
        // Aliases are names too: trimmed, without duplicates, in the order given.
        tag.aliases = request.aliases() == null
                ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(request.aliases().stream().map(String::strip).toList()));
        tag.description = request.description();
        tag.isoCode = request.isoCode();
        tag.wikidataId = request.wikidataId();
    }

    private boolean taken(String field, String value, Tag tag) {
        return support.em()
                .createQuery("select count(t) from Tag t where t." + field + " = :value and t.id <> :id", Long.class)
                .setParameter("value", value).setParameter("id", tag.id).getSingleResult() > 0;
    }

    @Override
    protected long usages(Tag tag) {
        return support.em().createQuery("select count(a) from Article a join a.tags t where t.id = :id", Long.class)
                .setParameter("id", tag.id).getSingleResult();
    }
}
