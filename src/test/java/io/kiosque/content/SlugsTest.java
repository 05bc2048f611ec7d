package io.kiosque.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void transliteratesFrenchAccentsAndLigatures() {
        assertEquals("coree-du-nord", Slugs.slugify("Corée du Nord"));
        assertEquals("serguei-lavrov", Slugs.slugify("Sergueï Lavrov"));
        assertEquals("coeur-de-l-europe", Slugs.slugify("Cœur de l’Europe"));
        assertEquals("oeuvre-et-aequo", Slugs.slugify("ŒUVRE et Æquo"));
        assertEquals("etat-major", Slugs.slugify("État-major"));
    }

    @Test
    void handlesApostrophesAndFrenchQuotes() {
        assertEquals("l-agence-d-etat-kcna", Slugs.slugify("l'agence d'État KCNA"));
        assertEquals("le-soutien-inconditionnel", Slugs.slugify("Le soutien « inconditionnel »"));
        assertEquals("l-ukraine", Slugs.slugify("  L’Ukraine !  "));
    }

    @Test
    void seedHeadlineGivesTheDocumentedSlug() {
        assertEquals("la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien",
                Slugs.slugify(
                        "La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien"));
    }

    @Test
    void longTextIsCutAtAWordBoundary() {
        String slug = Slugs.slugify("mot ".repeat(100));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH);
        assertTrue(Slugs.isValid(slug));
    }

    @Test
    void nothingSluggableGivesAnEmptySlug() {
        assertEquals("", Slugs.slugify("« — »"));
        assertFalse(Slugs.isValid(""));
        assertFalse(Slugs.isValid("Coree"));
        assertFalse(Slugs.isValid("coree--du"));
        assertTrue(Slugs.isValid("coree-du-nord"));
    }
}
