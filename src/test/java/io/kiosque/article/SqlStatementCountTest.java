package io.kiosque.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.kiosque.author.Author;
import io.kiosque.section.Section;
import io.kiosque.support.Seed;
import io.kiosque.support.SqlStatements;
import io.kiosque.support.TestContent;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagType;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Pins the SQL cost of each public read, so an N+1 cannot creep back: a page costs the same number of statements
 * whatever its size.
 */
@QuarkusTest
class SqlStatementCountTest {

    @Inject
    SqlStatements sqlStatements;
    @Inject
    TestContent content;

    @Test
    void aListPageCostsThreeStatementsWhateverItsSize() {
        Section section = content.section("Compte SQL", null);
        List<Author> authors = List.of(content.author("Auteur A"), content.author("Auteur B"));
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tags.add(content.tag("Tag SQL " + i, TagType.PERSON, null, null));
        }
        for (int i = 0; i < 25; i++) {
            content.article("SQL " + i, ArticleStatus.PUBLISHED, Instant.now().minusSeconds(i), section, authors, tags);
        }
        assertEquals(3, statementsFor("/api/v1/articles?limit=5&section=" + section.slug));
        assertEquals(3, statementsFor("/api/v1/articles?limit=20&section=" + section.slug));
        assertEquals(3, statementsFor("/api/v1/articles?limit=100"));
        assertEquals(3, statementsFor("/api/v1/articles?limit=20&tag=" + tags.get(0).slug));
    }

    @Test
    void anArticleCostsThreeStatementsAndOtherReadsOne() {
        assertEquals(3, statementsFor("/api/v1/articles/" + Seed.SLUG));
        assertEquals(1, statementsFor("/api/v1/tags?limit=100"));
        assertEquals(1, statementsFor("/api/v1/authors?limit=100"));
        assertEquals(1, statementsFor("/api/v1/sections?limit=100"));
        assertEquals(1, statementsFor("/api/v1/tags/coree-du-nord"));
        assertEquals(1, statementsFor("/api/v1/sections/international"));
    }

    private long statementsFor(String path) {
        return sqlStatements.of(path);
    }
}
