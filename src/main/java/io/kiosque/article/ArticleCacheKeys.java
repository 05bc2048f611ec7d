package io.kiosque.article;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kiosque.author.AuthorRef;
import io.kiosque.http.Cacheable;
import io.kiosque.section.SectionRef;
import io.kiosque.tag.TagRef;

/** The cache tags of an article representation: the article and everything it embeds. */
final class ArticleCacheKeys {

    private ArticleCacheKeys() {
    }

    static List<String> of(UUID id, SectionRef section, List<AuthorRef> authors, List<TagRef> tags) {
        List<String> keys = new ArrayList<>(2 + authors.size() + tags.size());
        keys.add(Cacheable.key("article", id));
        if (section != null) {
            keys.add(Cacheable.key("section", section.id()));
        }
        authors.forEach(author -> keys.add(Cacheable.key("author", author.id())));
        tags.forEach(tag -> keys.add(Cacheable.key("tag", tag.id())));
        return keys;
    }
}
