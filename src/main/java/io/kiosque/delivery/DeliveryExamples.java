package io.kiosque.delivery;

/** OpenAPI examples of delivery (feeds, JSON-LD, previews, change feed, webhooks), built on the seed article. */
public final class DeliveryExamples {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Kiosque — International</title>\
            <link>https://www.kiosque.example/sections/international</link>\
            <description>Les derniers articles de la rubrique International.</description>\
            <atom:link href="https://www.kiosque.example/feeds/sections/international/rss.xml" rel="self" type="application/rss+xml"/>\
            <lastBuildDate>Thu, 19 Jun 2025 08:00:00 GMT</lastBuildDate><item>\
            <title>La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien</title>\
            <link>https://www.kiosque.example/articles/la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien</link>\
            <guid isPermaLink="false">urn:uuid:0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10</guid>\
            <description>Kim Jong-un affirme son soutien total à la Russie dans le conflit ukrainien lors d'une rencontre avec Sergueï Lavrov.</description>\
            <pubDate>Thu, 19 Jun 2025 08:00:00 GMT</pubDate><dc:creator>Marline Contrasty</dc:creator>\
            <category domain="https://www.kiosque.example/sections/international">International</category>\
            <category domain="https://www.kiosque.example/tags/coree-du-nord">Corée du Nord</category>\
            <dc:language>fr</dc:language></item></channel></rss>""";

    static final String NEWS_SITEMAP = """
            <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" \
            xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>\
            <loc>https://www.kiosque.example/articles/la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien</loc>\
            <news:news><news:publication><news:name>Kiosque</news:name><news:language>fr</news:language></news:publication>\
            <news:publication_date>2025-06-19T08:00:00Z</news:publication_date>\
            <news:title>La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien</news:title>\
            </news:news></url></urlset>""";

    static final String SITEMAP_INDEX = """
            <?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\
            <sitemap><loc>https://www.kiosque.example/sitemap-news.xml</loc></sitemap>\
            <sitemap><loc>https://www.kiosque.example/sitemaps/articles/2025-06.xml</loc>\
            <lastmod>2025-06-19T08:00:00Z</lastmod></sitemap></sitemapindex>""";

    static final String MONTH_SITEMAP = """
            <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>\
            <loc>https://www.kiosque.example/articles/la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien</loc>\
            <lastmod>2025-06-19T08:00:00Z</lastmod></url></urlset>""";

    public static final String NEWS_ARTICLE = """
            {"@context":"https://schema.org","@type":"NewsArticle",\
            "@id":"https://www.kiosque.example/articles/la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien",\
            "url":"https://www.kiosque.example/articles/la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien",\
            "mainEntityOfPage":{"@type":"WebPage","@id":"https://www.kiosque.example/articles/la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien"},\
            "headline":"La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien",\
            "description":"Kim Jong-un affirme son soutien total à la Russie dans le conflit ukrainien lors d'une rencontre avec Sergueï Lavrov.",\
            "datePublished":"2025-06-19T08:00:00Z","dateModified":"2025-06-19T08:00:00Z","inLanguage":"fr",\
            "articleSection":"International","wordCount":284,\
            "author":[{"@type":"Person","name":"Marline Contrasty","url":"https://www.kiosque.example/authors/marline-contrasty"}],\
            "publisher":{"@type":"Organization","name":"Kiosque","url":"https://www.kiosque.example"},\
            "about":[{"@type":"Country","name":"Corée du Nord","url":"https://www.kiosque.example/tags/coree-du-nord",\
            "sameAs":"https://www.wikidata.org/wiki/Q423","identifier":"KP"},\
            {"@type":"Person","name":"Kim Jong-un","url":"https://www.kiosque.example/tags/kim-jong-un"}],\
            "mentions":[{"@type":"Organization","name":"KCNA","url":"https://www.kiosque.example/tags/kcna"}],\
            "identifier":"0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10"}""";

    static final String PREVIEW_LINK = """
            {"token":"kqp_Q2hhcMO0IGRlIHRlc3QgcG91ciBsYSBwcsOpdmlzdWFsaXNhdGlvbg",\
            "expiresAt":"2025-06-19T09:00:00Z",\
            "url":"https://api.kiosque.example/api/v1/articles/0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10?preview=kqp_Q2hhcMO0IGRlIHRlc3QgcG91ciBsYSBwcsOpdmlzdWFsaXNhdGlvbg"}""";

    public static final String PREVIEW_REFUSED = """
            {"type":"https://kiosque.dev/problems/forbidden","title":"Forbidden","status":403,\
            "detail":"This preview link expired at 2025-06-19T09:00:00Z. Ask the newsroom for a new one.",\
            "instance":"/api/v1/articles/0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10"}""";

    // Change feed and webhooks

    static final String SEED_ID = "0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10";
    public static final String SEED_SLUG = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien";
    static final String CURSOR = "azEfY2hhbmdlcx92MR8xMDQz";
    static final String WEBHOOK_ID = "3d9b6f0e-2a7c-4e51-8f3d-1b2c4d6e8f90";

    static final String CHANGE_PAGE = """
            {"items":[{"id":1042,"resourceType":"article","resourceId":"0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10",\
            "slug":"la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien",\
            "action":"published","occurredAt":"2025-06-19T08:00:00.123456Z"},\
            {"id":1043,"resourceType":"article","resourceId":"0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10",\
            "slug":"la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien",\
            "action":"updated","occurredAt":"2025-06-19T08:12:31.004211Z"}],\
            "nextCursor":"azEfY2hhbmdlcx92MR8xMDQz","hasMore":false}""";

    static final String TOMBSTONE_PAGE = """
            {"items":[{"id":1057,"resourceType":"article","resourceId":"0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10",\
            "slug":"la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien",\
            "action":"deleted","occurredAt":"2025-06-20T17:45:02.551870Z"}],\
            "nextCursor":"azEfY2hhbmdlcx92MR8xMDU3","hasMore":false}""";

    static final String REGISTER_REQUEST = """
            {"url":"https://hooks.example.com/kiosque",\
            "events":["article.published","article.updated","article.unpublished","article.deleted"],\
            "secret":"8f3e1c9a7b2d4f6e0a1b2c3d4e5f6a7b","description":"Purge the CDN of the mobile app"}""";

    static final String WEBHOOK = """
            {"id":"3d9b6f0e-2a7c-4e51-8f3d-1b2c4d6e8f90","url":"https://hooks.example.com/kiosque",\
            "events":["article.published","article.updated","article.unpublished","article.deleted"],\
            "description":"Purge the CDN of the mobile app","createdAt":"2025-06-19T07:00:00Z"}""";

    static final String WEBHOOK_PAGE = "{\"items\":[" + WEBHOOK + "],\"nextCursor\":null}";

    static final String DELIVERY_PAGE = """
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
    static final String PAYLOAD = """
            {"id":"c2f1e0d9-8b7a-4c6d-9e5f-0a1b2c3d4e5f","event":"article.published",\
            "occurredAt":"2025-06-19T08:00:00.123456Z","data":{"id":"0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10",\
            "slug":"la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien",\
            "headline":"La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien",\
            "standfirst":"Kim Jong-un affirme son soutien total à la Russie dans le conflit ukrainien lors d'une rencontre avec Sergueï Lavrov.",\
            "body":[{"type":"heading","text":"Un rapprochement diplomatique significatif entre Pyongyang et Moscou"}],\
            "leadImage":null,"language":"fr",\
            "section":{"id":"5c1d7a0e-8a55-4a8e-bb6a-0f4f3c9d2b11","slug":"international","name":"International"},\
            "authors":[{"id":"7e3b2a91-1c4d-4f7e-8a2b-6d5c4b3a2f12","slug":"marline-contrasty","name":"Marline Contrasty",\
            "bio":"Journaliste politique, défend une ligne libérale et humaniste."}],\
            "tags":[{"id":"2a4c6e8f-1b3d-4f5a-9c7e-0d2f4b6a8c13","slug":"coree-du-nord","name":"Corée du Nord",\
            "type":"country","isoCode":"KP","wikidataId":"Q423"}],"status":"published",\
            "createdAt":"2025-06-19T07:30:00Z","updatedAt":"2025-06-19T08:00:00.123456Z",\
            "publishedAt":"2025-06-19T08:00:00.123456Z","firstPublishedAt":"2025-06-19T08:00:00.123456Z",\
            "wordCount":352,"readingTimeMinutes":2,"seoTitle":null,"seoDescription":null,"version":3}}""";

    static final String TOMBSTONE_PAYLOAD = """
            {"id":"5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b","event":"article.deleted",\
            "occurredAt":"2025-06-20T17:45:02.551870Z","data":{"id":"0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10",\
            "type":"article","slug":"la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien"}}""";

    private DeliveryExamples() {
    }
}
