package io.kiosque.support;

/** The reference article, loaded as demo content in every test database (shared/fixtures/seed-article-fr.txt). */
public final class Seed {

    public static final String SLUG = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-"
            + "ukrainien";
    public static final String HEADLINE = "La Corée du Nord affirme son alliance stratégique avec Moscou dans le "
            + "conflit "
            + "ukrainien";
    public static final String SECTION = "International";
    /** Its tags, in the article's order. */
    public static final String TAGS = "Kim Jong-un, Sergueï Lavrov, Corée du Nord, Russie, Ukraine, KCNA, "
            + "Union européenne";
    public static final String AUTHOR = "Marline Contrasty";
    public static final String AUTHOR_BIO = "Journaliste politique, défend une ligne libérale et humaniste.";

    private Seed() {
    }
}
