package io.kiosque.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void aWikidataIdIsQAndAPositiveIntegerWithoutLeadingZeros() {
        for (String id : List.of("Q1", "Q9", "Q10", "Q142", "Q423", "Q56226", "Q123456789012")) {
            assertTrue(Identifiers.isWikidataId(id), id);
        }
        for (String id : List.of("", "Q", "Q0", "Q00", "Q0142", "q142", "142", "P142", "L142", "Q-1", "Q+1", "Q1a",
                "Q 1", " Q1", "Q1 ", "Q1\n", "Q١٤٢", "QQ1")) {
            assertFalse(Identifiers.isWikidataId(id), id);
        }
        assertFalse(Identifiers.isWikidataId(null));
    }

    /** The database checks tag.wikidata_id with the very same pattern, so the API never accepts what it refuses. */
    @Test
    void theDatabaseCheckUsesTheSamePattern() throws IOException {
        String schema = Files.readString(Path.of("src/main/resources/db/migration/V1__content_model.sql"));
        Matcher check = Pattern.compile("wikidata_id ~ '([^']*)'").matcher(schema);
        assertTrue(check.find(), "the check on tag.wikidata_id");
        assertEquals(Identifiers.WIKIDATA_ID_PATTERN, check.group(1));
    }
}
