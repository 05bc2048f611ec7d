package io.kiosque.syndication;

/** OpenAPI examples of feeds, sitemaps and JSON-LD, built on the seed article. */
public final class SyndicationExamples {

    public static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Kiosque — International</title>\
            <link>https://www.kiosque.example/sections/international</link>\
            <description>Les derniers articles de la rubrique International.</description>\
            <atom:link href="https://www.kiosque.example/feeds/sections/international/rss.xml" rel="self" \
            type="application/rss+xml"/>\
            <lastBuildDate>Thu, 19 Jun 2025 08:00:00 GMT</lastBuildDate><item>\
            <title>La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien</title>\
            <link>https://www.kiosque.example/articles/la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-\
            dans-le-conflit-ukrainien</link>\
            <guid isPermaLink="false">urn:uuid:0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10</guid>\
            <description>Kim Jong-un affirme son soutien total à la Russie dans le conflit ukrainien lors d'une \
            rencontre avec Sergueï Lavrov.</description>\
            <pubDate>Thu, 19 Jun 2025 08:00:00 GMT</pubDate><dc:creator>Marline Contrasty</dc:creator>\
            <category domain="https://www.kiosque.example/sections/international">International</category>\
            <category domain="https://www.kiosque.example/tags/coree-du-nord">Corée du Nord</category>\
            <dc:language>fr</dc:language></item></channel></rss>""";

    public static final String NEWS_SITEMAP = """
            <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" \
            xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>\
            <loc>https://www.kiosque.example/articles/la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-\
            dans-le-conflit-ukrainien</loc>\
            <news:news><news:publication><news:name>Kiosque</news:name><news:language>fr</news:language></news:\
            publication>\
            <news:publication_date>2025-06-19T08:00:00Z</news:publication_date>\
            <news:title>La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit \
            ukrainien</news:title>\
            </news:news></url></urlset>""";

    public static final String SITEMAP_INDEX = """
            <?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\
            <sitemap><loc>https://www.kiosque.example/sitemap-news.xml</loc></sitemap>\
            <sitemap><loc>https://www.kiosque.example/sitemaps/articles/2025-06.xml</loc>\
            <lastmod>2025-06-19T08:00:00Z</lastmod></sitemap></sitemapindex>""";

    public static final String MONTH_SITEMAP = """
            <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>\
            <loc>https://www.kiosque.example/articles/la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-\
            dans-le-conflit-ukrainien</loc>\
            <lastmod>2025-06-19T08:00:00Z</lastmod></url></urlset>""";

    public static final String NEWS_ARTICLE = """
            {"@context":"https://schema.org","@type":"NewsArticle",\
            "@id":"https://www.kiosque.example/articles/la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-\
            dans-le-conflit-ukrainien",\
            "url":"https://www.kiosque.example/articles/la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-\
            dans-le-conflit-ukrainien",\
            "mainEntityOfPage":{"@type":"WebPage","@id":"https://www.kiosque.example/articles/la-coree-du-nord-affirme-\
            son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien"},\
            "headline":"La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien",\
            "description":"Kim Jong-un affirme son soutien total à la Russie dans le conflit ukrainien lors d'une \
            rencontre avec Sergueï Lavrov.",\
            "datePublished":"2025-06-19T08:00:00Z","dateModified":"2025-06-19T08:00:00Z","inLanguage":"fr",\
            "articleSection":"International","wordCount":284,\
            "author":[{"@type":"Person","name":"Marline Contrasty","url":"https://www.kiosque.example/authors/marline-\
            contrasty"}],\
            "publisher":{"@type":"Organization","name":"Kiosque","url":"https://www.kiosque.example"},\
            "about":[{"@type":"Country","name":"Corée du Nord","url":"https://www.kiosque.example/tags/coree-du-nord",\
            "sameAs":"https://www.wikidata.org/wiki/Q423","identifier":"KP"},\
            {"@type":"Person","name":"Kim Jong-un","url":"https://www.kiosque.example/tags/kim-jong-un"}],\
            "mentions":[{"@type":"Organization","name":"KCNA","url":"https://www.kiosque.example/tags/kcna"}],\
            "identifier":"0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10"}""";

    private SyndicationExamples() {
    }
}
