package io.kiosque.support;

/** The reference article, loaded as demo content in every test database. */
public final class Seed {

    public static final String SLUG = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien";

    private Seed() {
    }
}
