package io.kiosque.section;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.kiosque.common.Page;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SectionService {

    private final SectionRepository sections;

    SectionService(SectionRepository sections) {
        this.sections = sections;
    }

    public Page<SectionView> list(String parent, int limit, String cursor) {
        Page<Section> page = sections.list(parent, limit, cursor);
        return new Page<>(page.items().stream().map(SectionView::of).toList(), page.nextCursor());
    }

    public Optional<SectionView> find(String idOrSlug) {
        return sections.findByIdOrSlug(idOrSlug).map(SectionView::of);
    }
}
