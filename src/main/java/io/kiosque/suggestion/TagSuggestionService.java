package io.kiosque.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import io.kiosque.content.ContentChanged;
import io.kiosque.tag.TagRef;
import io.kiosque.tag.TagRepository;
import io.kiosque.tag.TagType;

/**
 * Suggests the known tags an article's text mentions. All tags are held in an {@link EntityIndex} that is loaded with
 * one query and kept until {@link #tagsChanged()} or its time to live ({@code kiosque.tag-suggestions.index-ttl}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TagSuggestionService {

    private final TagRepository tags;
    private final TransactionSynchronizationRegistry transactions;
    private final TagIndexCache index;

    TagSuggestionService(TagRepository tags, TransactionSynchronizationRegistry transactions,
            TagSuggestionConfig config) {
        this.tags = tags;
        this.transactions = transactions;
        this.index = new TagIndexCache(this::load, config.indexTtl(), System::nanoTime);
    }

    /**
     * The tags the text mentions, most mentioned first, then by name, with the offsets of every mention in the text.
     *
     * @param excludedTagIds
     *            tags not to suggest, typically those already on the article; null for none
     */
    public List<TagSuggestion> suggest(String text, Set<UUID> excludedTagIds) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        TagIndexCache.Snapshot snapshot = index.get();
        List<TagMentions> found = snapshot.index().find(text, excludedTagIds);
        List<TagSuggestion> suggestions = new ArrayList<>(found.size());
        for (TagMentions mentions : found) {
            suggestions.add(new TagSuggestion(snapshot.tags().get(mentions.tagId()), mentions.mentionCount(),
                    mentions.mentions()));
        }
        return suggestions;
    }

    /**
     * To be called by whatever creates, renames, re-aliases or deletes a tag. Inside a transaction the index is also
     * dropped once it ends, so that a rebuild that ran before the commit cannot keep the old names.
     */
    public void tagsChanged() {
        index.invalidate();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    index.invalidate();
                }
            });
        }
    }

    /** Tags are few and change rarely: any write to one drops the index. */
    void onContentChanged(@Observes ContentChanged change) {
        if ("tag".equals(change.resourceType())) {
            tagsChanged();
        }
    }

    private TagIndexCache.Snapshot load() {
        List<Object[]> rows = tags.getEntityManager().createQuery(
                "select t.id, t.slug, t.name, t.type, t.isoCode, t.wikidataId, t.aliases from Tag t", Object[].class)
                .getResultList();
        List<TagNames> names = new ArrayList<>(rows.size());
        Map<UUID, TagRef> refs = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            String name = (String) row[2];
            @SuppressWarnings("unchecked")
            List<String> aliases = (List<String>) row[6];
            names.add(new TagNames(id, name, aliases));
            refs.put(id, new TagRef(id, (String) row[1], name, (TagType) row[3], (String) row[4], (String) row[5]));
        }
        return new TagIndexCache.Snapshot(EntityIndex.of(names), Map.copyOf(refs));
    }
}
