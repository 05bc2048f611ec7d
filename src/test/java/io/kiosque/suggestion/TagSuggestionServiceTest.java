package io.kiosque.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.kiosque.article.Article;
import io.kiosque.article.ArticleRepository;
import io.kiosque.support.TestContent;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagRef;
import io.kiosque.tag.TagType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Tag suggestions against the demo content in the test database. */
@QuarkusTest
class TagSuggestionServiceTest {

    static final String SEED_SLUG = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-"
            + "ukrainien";
    static final Set<String> SEED_TAG_SLUGS = Set.of("kim-jong-un", "serguei-lavrov", "coree-du-nord", "russie",
            "ukraine", "kcna", "union-europeenne");

    @Inject
    TagSuggestionService service;
    @Inject
    ArticleRepository articles;
    @Inject
    TestContent content;
    @Inject
    SessionFactory sessionFactory;

    record Seed(String text, Set<UUID> tagIds) {
    }

    private Seed seed() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Article article = articles.find("slug", SEED_SLUG).firstResult();
            return new Seed(SeedText.of(article.headline, article.standfirst, article.body),
                    article.tags.stream().map(tag -> tag.id).collect(Collectors.toSet()));
        });
    }

    /** Other test classes add tags of their own: only the seed's are looked at here. */
    private static List<TagSuggestion> seedTagsOnly(List<TagSuggestion> suggestions) {
        return suggestions.stream().filter(suggestion -> SEED_TAG_SLUGS.contains(suggestion.tag().slug())).toList();
    }

    private static List<String> slugs(List<TagSuggestion> suggestions) {
        return suggestions.stream().map(suggestion -> suggestion.tag().slug()).toList();
    }

    @Test
    void seedArticleGetsItsTagsSuggestedExceptUkraine() {
        Seed seed = seed();
        List<TagSuggestion> suggestions = seedTagsOnly(service.suggest(seed.text(), Set.of()));

        assertEquals(List.of("coree-du-nord ×2 @3-16 Corée du Nord", "kim-jong-un ×2 @89-100 Kim Jong-un",
                "russie ×2 @132-138 Russie", "serguei-lavrov ×2 @191-205 Sergueï Lavrov",
                "kcna ×1 @904-922 agence d'État KCNA", "union-europeenne ×1 @1998-2014 Union européenne"),
                suggestions.stream().map(suggestion -> {
                    MentionOffset first = suggestion.mentions().get(0);
                    return suggestion.tag().slug() + " ×" + suggestion.mentionCount() + " @" + first.start() + "-"
                            + first.end() + " " + first.text();
                }).toList());
        for (TagSuggestion suggestion : suggestions) {
            assertEquals(suggestion.mentions().size(), suggestion.mentionCount());
            for (MentionOffset mention : suggestion.mentions()) {
                assertEquals(mention.text(), seed.text().substring(mention.start(), mention.end()));
            }
        }
        TagRef coree = suggestions.get(0).tag();
        assertEquals("Corée du Nord", coree.name());
        assertEquals(TagType.COUNTRY, coree.type());
        assertEquals("KP", coree.isoCode());
        assertEquals("Q423", coree.wikidataId());
    }

    @Test
    void tagsAlreadyOnTheArticleAreNotSuggested() {
        Seed seed = seed();
        assertEquals(List.of(), seedTagsOnly(service.suggest(seed.text(), seed.tagIds())));
    }

    @Test
    void indexIsLoadedWithOneQueryThenReused() {
        Statistics statistics = sessionFactory.getStatistics();
        service.tagsChanged();
        statistics.clear();
        service.suggest("La Corée du Nord", Set.of());
        assertEquals(1, statistics.getPrepareStatementCount());
        service.suggest("La Russie", Set.of());
        assertEquals(1, statistics.getPrepareStatementCount());
    }

    @Test
    void newTagIsSuggestedOnceTheWritePathSaysTagsChanged() {
        String name = "Commission " + TestContent.unique("ostrogovie");
        String text = "Selon la " + name + ", rien.";
        service.suggest(text, Set.of());
        Tag tag = content.tag(name, TagType.ORGANISATION, null, null);

        assertFalse(slugs(service.suggest(text, Set.of())).contains(tag.slug), "the index is kept until told");
        service.tagsChanged();
        assertEquals(List.of(tag.slug), slugs(service.suggest(text, Set.of())));
    }

    @Test
    void tagCommittedAfterAnEarlierRebuildIsStillSuggested() {
        String name = "Comité " + TestContent.unique("syldavie");
        String text = "Le " + name + " se réunit.";
        QuarkusTransaction.requiringNew().run(() -> {
            content.tag(name, TagType.ORGANISATION, null, null);
            service.tagsChanged();
            // Another request rebuilds the index before this transaction commits: it cannot see the new tag yet.
            List<TagSuggestion> beforeCommit = QuarkusTransaction.requiringNew()
                    .call(() -> service.suggest(text, Set.of()));
            assertEquals(List.of(), beforeCommit);
        });
        assertTrue(service.suggest(text, Set.of()).stream().anyMatch(s -> s.tag().name().equals(name)));
    }

    @Test
    void blankTextHasNoSuggestions() {
        assertEquals(List.of(), service.suggest("", Set.of()));
        assertEquals(List.of(), service.suggest(null, null));
    }
}
