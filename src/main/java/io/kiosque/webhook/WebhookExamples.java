package io.kiosque.webhook;

/** OpenAPI examples of webhooks and their deliveries, built on the seed article. */
public final class WebhookExamples {

    public static final String WEBHOOK_ID = "3d9b6f0e-2a7c-4e51-8f3d-1b2c4d6e8f90";

    public static final String REGISTER_REQUEST = """
            {"url":"https://hooks.example.com/kiosque",\
            "events":["article.published","article.updated","article.unpublished","article.deleted"],\
            "secret":"8f3e1c9a7b2d4f6e0a1b2c3d4e5f6a7b","description":"Purge the CDN of the mobile app"}""";

    public static final String WEBHOOK = """
            {"id":"3d9b6f0e-2a7c-4e51-8f3d-1b2c4d6e8f90","url":"https://hooks.example.com/kiosque",\
            "events":["article.published","article.updated","article.unpublished","article.deleted"],\
            "description":"Purge the CDN of the mobile app","createdAt":"2025-06-19T07:00:00Z"}""";

    public static final String WEBHOOK_PAGE = "{\"items\":[" + WEBHOOK + "],\"nextCursor\":null}";

    public static final String DELIVERY_PAGE = """
            {"items":[{"id":"c2f1e0d9-8b7a-4c6d-9e5f-0a1b2c3d4e5f","event":"article.published","status":"delivered",\
            "createdAt":"2025-06-19T08:00:00.123456Z","attemptCount":2,"nextAttemptAt":null,\
            "deliveredAt":"2025-06-19T08:00:02.207431Z","lastStatusCode":204,"lastError":null,\
            "attempts":[{"number":1,"attemptedAt":"2025-06-19T08:00:00.180342Z","durationMs":3,"statusCode":null,\
            "error":"connection refused or unreachable"},\
            {"number":2,"attemptedAt":"2025-06-19T08:00:02.195017Z","durationMs":12,"statusCode":204,"error":null}]},\
            {"id":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","event":"article.updated","status":"pending",\
            "createdAt":"2025-06-19T08:12:31.004211Z","attemptCount":1,"nextAttemptAt":"2025-06-19T08:12:33.050000Z",\
            "deliveredAt":null,"lastStatusCode":503,"lastError":"HTTP 503",\
            "attempts":[{"number":1,"attemptedAt":"2025-06-19T08:12:31.040112Z","durationMs":48,"statusCode":503,\
            "error":"HTTP 503"}]}],"nextCursor":null}""";

    /** What a receiver gets for article.published (the article shortened to its first blocks). */
    public static final String PAYLOAD = """
            {"id":"c2f1e0d9-8b7a-4c6d-9e5f-0a1b2c3d4e5f","event":"article.published",\
            "occurredAt":"2025-06-19T08:00:00.123456Z","data":{"id":"0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10",\
            "slug":"la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien",\
            "headline":"La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien",\
            "standfirst":"Kim Jong-un affirme son soutien total à la Russie dans le conflit ukrainien lors d'une \
            rencontre avec Sergueï Lavrov.",\
            "body":[{"type":"heading","text":"Un rapprochement diplomatique significatif entre Pyongyang et Moscou"}],\
            "leadImage":null,"language":"fr",\
            "section":{"id":"5c1d7a0e-8a55-4a8e-bb6a-0f4f3c9d2b11","slug":"international","name":"International"},\
            "authors":[{"id":"7e3b2a91-1c4d-4f7e-8a2b-6d5c4b3a2f12","slug":"marline-contrasty","name":"Marline \
            Contrasty",\
            "bio":"Journaliste politique, défend une ligne libérale et humaniste."}],\
            "tags":[{"id":"2a4c6e8f-1b3d-4f5a-9c7e-0d2f4b6a8c13","slug":"coree-du-nord","name":"Corée du Nord",\
            "type":"country","isoCode":"KP","wikidataId":"Q423"}],"status":"published",\
            "createdAt":"2025-06-19T07:30:00Z","updatedAt":"2025-06-19T08:00:00.123456Z",\
            "publishedAt":"2025-06-19T08:00:00.123456Z","firstPublishedAt":"2025-06-19T08:00:00.123456Z",\
            "wordCount":352,"readingTimeMinutes":2,"seoTitle":null,"seoDescription":null,"version":3}}""";

    public static final String TOMBSTONE_PAYLOAD = """
            {"id":"5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b","event":"article.deleted",\
            "occurredAt":"2025-06-20T17:45:02.551870Z","data":{"id":"0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10",\
            "type":"article","slug":"la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-\
            ukrainien"}}""";

    private WebhookExamples() {
    }
}
