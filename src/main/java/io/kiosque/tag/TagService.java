package io.kiosque.tag;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.kiosque.common.Page;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TagService {

    private final TagRepository tags;

    TagService(TagRepository tags) {
        this.tags = tags;
    }

    public Page<TagView> list(TagFilter filter, int limit, String cursor) {
        Page<Tag> page = tags.list(filter, limit, cursor);
        return new Page<>(page.items().stream().map(TagView::of).toList(), page.nextCursor());
    }

    public Optional<TagView> find(String idOrSlug) {
        return tags.findByIdOrSlug(idOrSlug).map(TagView::of);
    }
}
