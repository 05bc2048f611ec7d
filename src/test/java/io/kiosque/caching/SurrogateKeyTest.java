package io.kiosque.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SurrogateKeyTest {

    @Test
    void keysAreSentWhole() {
        assertEquals("articles article-1 tag-2", HttpCaching.surrogateKey(List.of("articles", "article-1", "tag-2")));
    }

    @Test
    void tooManyKeysFallBackToTheCollectionKey() {
        List<String> keys = new ArrayList<>(List.of("articles"));
        for (int i = 0; i < 1_000; i++) {
            keys.add("tag-" + UUID.randomUUID());
        }
        assertEquals("articles", HttpCaching.surrogateKey(keys));
    }
}
