package io.kiosque.article;

/**
 * OpenAPI examples, taken from the seed article (La Corée du Nord affirme son alliance stratégique...).
 */
public final class ArticleExamples {

    public static final String SEED_ID = "0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10";
    public static final String SEED_SLUG = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-"
            + "conflit-ukrainien";

    /** The seed article in a list, without its last member (snippet). */
    private static final String SUMMARY = """
            {"id":"0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10",\
            "slug":"la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien",\
            "headline":"La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien",\
            "standfirst":"Kim Jong-un affirme son soutien total à la Russie dans le conflit ukrainien lors d'une \
            rencontre avec Sergueï Lavrov.",\
            "leadImage":{"url":"https://images.kiosque.example/2025/kim-lavrov.jpg",\
            "caption":"Rencontre entre Kim Jong-un et Sergueï Lavrov à Pyongyang","credit":null,"alt":null},\
            "language":"fr","section":{"id":"5c1d7a0e-8a55-4a8e-bb6a-0f4f3c9d2b11","slug":"international",\
            "name":"International"},\
            "authors":[{"id":"7e3b2a91-1c4d-4f7e-8a2b-6d5c4b3a2f12","slug":"marline-contrasty","name":"Marline \
            Contrasty",\
            "bio":"Journaliste politique, défend une ligne libérale et humaniste."}],\
            "tags":[{"id":"2a4c6e8f-1b3d-4f5a-9c7e-0d2f4b6a8c13","slug":"coree-du-nord","name":"Corée du Nord",\
            "type":"country",\
            "isoCode":"KP","wikidataId":"Q423"}],\
            "status":"published","publishedAt":"2025-06-19T08:00:00Z","updatedAt":"2025-06-19T08:00:00Z",\
            "wordCount":352,"readingTimeMinutes":2,""";

    static final String SUMMARY_PAGE = "{\"items\":[" + SUMMARY + "\"snippet\":null}],\"nextCursor\":null}";

    /** {@code ?q=KCNA}. */
    static final String SEARCH_PAGE = "{\"items\":[" + SUMMARY
            + "\"snippet\":\"Une rencontre symbolique aux implications géopolitiques majeures Selon l&#39;agence "
            + "d&#39;État <mark>KCNA</mark>, la rencontre s&#39;est déroulée dans une atmosphère qualifiée de "
            + "&#39;confiance\"}],\"nextCursor\":null}";

    static final String ARTICLE = """
            {"id":"0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10",\
            "slug":"la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien",\
            "headline":"La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien",\
            "standfirst":"Kim Jong-un affirme son soutien total à la Russie dans le conflit ukrainien lors d'une \
            rencontre avec Sergueï Lavrov.",\
            "body":[{"type":"heading","text":"Un rapprochement diplomatique significatif entre Pyongyang et Moscou"},\
            {"type":"paragraph","text":"Dans un développement majeur des relations internationales, Kim Jong-un a \
            officiellement exprimé son soutien 'inconditionnel' à la Russie."}],\
            "leadImage":{"url":"https://images.kiosque.example/2025/kim-lavrov.jpg",\
            "caption":"Rencontre entre Kim Jong-un et Sergueï Lavrov à Pyongyang","credit":null,"alt":null},\
            "language":"fr","section":{"id":"5c1d7a0e-8a55-4a8e-bb6a-0f4f3c9d2b11","slug":"international",\
            "name":"International"},\
            "authors":[{"id":"7e3b2a91-1c4d-4f7e-8a2b-6d5c4b3a2f12","slug":"marline-contrasty","name":"Marline \
            Contrasty",\
            "bio":"Journaliste politique, défend une ligne libérale et humaniste."}],\
            "tags":[{"id":"9d8c7b6a-5e4f-4a3b-8c2d-1e0f9a8b7c14","slug":"kim-jong-un","name":"Kim Jong-un",\
            "type":"person",\
            "isoCode":null,"wikidataId":"Q56226"},{"id":"2a4c6e8f-1b3d-4f5a-9c7e-0d2f4b6a8c13","slug":"coree-du-nord",\
            "name":"Corée du Nord","type":"country","isoCode":"KP","wikidataId":"Q423"}],\
            "status":"published","createdAt":"2025-06-19T07:30:00Z","updatedAt":"2025-06-19T08:00:00Z",\
            "publishedAt":"2025-06-19T08:00:00Z","firstPublishedAt":"2025-06-19T08:00:00Z","wordCount":352,\
            "readingTimeMinutes":2,"seoTitle":null,"seoDescription":null,"version":1}""";

    /** getArticleFields with {@code fields=slug,headline,standfirst,publishedAt}. */
    static final String ARTICLE_FIELDS = """
            {"slug":"la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien",\
            "headline":"La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien",\
            "standfirst":"Kim Jong-un affirme son soutien total à la Russie dans le conflit ukrainien lors d'une \
            rencontre avec Sergueï Lavrov.",\
            "publishedAt":"2025-06-19T08:00:00Z"}""";

    static final String SUMMARY_FIELDS_PAGE = "{\"items\":[" + ARTICLE_FIELDS + "],\"nextCursor\":null}";

    private ArticleExamples() {
    }
}
