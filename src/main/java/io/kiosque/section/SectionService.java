package io.kiosque.section;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.kiosque.content.SluggedResourceService;
import io.kiosque.http.Page;
import io.kiosque.http.ProblemError;

@ApplicationScoped
@Transactional
public class SectionService extends SluggedResourceService<Section, SectionRequest, SectionView> {

    /** Deeper trees make navigation menus unusable; International > Asie > Corée is deep enough. */
    static final int MAX_DEPTH = 3;

    private final SectionRepository sections;

    SectionService(Support support, SectionRepository sections) {
        super(support, Section.class, SectionRequest.class);
        this.sections = sections;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SectionView> list(String parent, int limit, String cursor) {
        Page<Section> page = sections.list(parent, limit, cursor);
        return new Page<>(page.items().stream().map(SectionView::of).toList(), page.nextCursor());
    }

    @Override
    protected Section newEntity() {
        return new Section();
    }

    @Override
    protected SectionView view(Section section) {
        return SectionView.of(section);
    }

    @Override
    protected SectionRequest toRequest(Section section) {
        return new SectionRequest(section.slug, section.name, section.description,
                section.parent == null ? null : section.parent.slug, section.position);
    }

    @Override
    protected String nameOf(SectionRequest request) {
        return request.name();
    }

    @Override
    protected String slugOf(SectionRequest request) {
        return request.slug();
    }

    @Override
    protected void apply(SectionRequest request, Section section, List<ProblemError> errors) {
        Section parent = null;
        if (request.parent() != null) {
            parent = sections.findByIdOrSlug(request.parent()).orElse(null);
            if (parent == null) {
                errors.add(ProblemError.atPointer("/parent", "unknown section '" + request.parent() + "'"));
            } else if (depthBelow(parent, section) < 0) {
                errors.add(ProblemError.atPointer("/parent", "a section cannot be its own ancestor"));
            } else if (depthBelow(parent, section) >= MAX_DEPTH) {
                errors.add(ProblemError.atPointer("/parent", "sections nest at most " + MAX_DEPTH + " levels deep"));
            }
        }
        section.name = request.name().strip();
        section.description = request.description();
        section.parent = parent;
        section.position = request.position() == null ? 0 : request.position();
    }

    /** Depth of the parent chain above {@code section} when attached under {@code parent}; -1 for a cycle. */
    private static int depthBelow(Section parent, Section section) {
        int depth = 1;
        for (Section ancestor = parent; ancestor != null; ancestor = ancestor.parent) {
            if (section.id != null && section.id.equals(ancestor.id)) {
                return -1;
            }
            depth++;
        }
        return depth - 1;
    }

    @Override
    protected long usages(Section section) {
        return support.em().createQuery(
                "select count(a) from Article a where a.section.id = :id", Long.class).setParameter("id", section.id)
                .getSingleResult()
                + support.em().createQuery("select count(s) from Section s where s.parent.id = :id", Long.class)
                        .setParameter("id", section.id).getSingleResult();
    }
}
