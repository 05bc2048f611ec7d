package io.kiosque.syndication;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** RSS feeds and sitemaps: public, cacheable like every read, with links to the public site. */
@Path("/")
@Tag(name = "Feeds", description = "RSS 2.0 feeds and sitemaps of published articles. Links point at the public site "
        + "(`kiosque.site.base-url`).")
public class FeedResource {

    private static final String FEED = "The 50 latest published articles, newest first.";

    private final Feeds feeds;
    private final Sitemaps sitemaps;

    FeedResource(Feeds feeds, Sitemaps sitemaps) {
        this.feeds = feeds;
        this.sitemaps = sitemaps;
    }

    @GET
    @Path("feeds/rss.xml")
    @Produces(XmlDocument.RSS)
    @PermitAll
    @Operation(operationId = "getFeed", summary = "RSS feed of all articles", description = FEED)
    @APIResponse(responseCode = "200", description = "An RSS 2.0 feed.",
            content = @Content(mediaType = XmlDocument.RSS, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "seed", value = SyndicationExamples.RSS)))
    public XmlDocument all() {
        return feeds.all();
    }

    @GET
    @Path("feeds/sections/{slug}/rss.xml")
    @Produces(XmlDocument.RSS)
    @PermitAll
    @Operation(operationId = "getSectionFeed", summary = "RSS feed of a section", description = FEED
            + " Includes the articles of its direct subsections, as the section's list does.")
    @APIResponse(responseCode = "200", description = "An RSS 2.0 feed.",
            content = @Content(mediaType = XmlDocument.RSS, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "seed", value = SyndicationExamples.RSS)))
    public XmlDocument section(
            @Parameter(description = "Section slug or id.", example = "international") @PathParam("slug") String slug) {
        return feeds.section(slug);
    }

    @GET
    @Path("feeds/tags/{slug}/rss.xml")
    @Produces(XmlDocument.RSS)
    @PermitAll
    @Operation(operationId = "getTagFeed", summary = "RSS feed of a tag", description = FEED)
    @APIResponse(responseCode = "200", description = "An RSS 2.0 feed.",
            content = @Content(mediaType = XmlDocument.RSS, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "seed", value = SyndicationExamples.RSS)))
    public XmlDocument tag(
            @Parameter(description = "Tag slug or id.", example = "coree-du-nord") @PathParam("slug") String slug) {
        return feeds.tag(slug);
    }

    @GET
    @Path("feeds/authors/{slug}/rss.xml")
    @Produces(XmlDocument.RSS)
    @PermitAll
    @Operation(operationId = "getAuthorFeed", summary = "RSS feed of an author", description = FEED)
    @APIResponse(responseCode = "200", description = "An RSS 2.0 feed.",
            content = @Content(mediaType = XmlDocument.RSS, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "seed", value = SyndicationExamples.RSS)))
    public XmlDocument author(
            @Parameter(description = "Author slug or id.", example = "marline-contrasty")
            @PathParam("slug") String slug) {
        return feeds.author(slug);
    }

    @GET
    @Path("sitemap-news.xml")
    @Produces(XmlDocument.XML)
    @PermitAll
    @Operation(operationId = "getNewsSitemap", summary = "Google News sitemap",
            description = "The articles published in the last 48 hours (at most 1,000), newest first, with their "
                    + "publication name and language, publication date and title.")
    @APIResponse(responseCode = "200", description = "A sitemap with Google News extensions.",
            content = @Content(mediaType = XmlDocument.XML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "seed", value = SyndicationExamples.NEWS_SITEMAP)))
    public XmlDocument newsSitemap() {
        return sitemaps.news();
    }

    @GET
    @Path("sitemap.xml")
    @Produces(XmlDocument.XML)
    @PermitAll
    @Operation(operationId = "getSitemapIndex", summary = "Sitemap index",
            description = "Lists the news sitemap and one sitemap per month with published articles "
                    + "(`/sitemaps/articles/{month}.xml`), newest first.")
    @APIResponse(responseCode = "200", description = "A sitemap index.",
            content = @Content(mediaType = XmlDocument.XML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "seed", value = SyndicationExamples.SITEMAP_INDEX)))
    public XmlDocument sitemapIndex() {
        return sitemaps.index();
    }

    @GET
    @Path("sitemaps/articles/{month}.xml")
    @Produces(XmlDocument.XML)
    @PermitAll
    @Operation(operationId = "getMonthSitemap", summary = "Sitemap of one month",
            description = "The articles published in that month (UTC), newest first, with their last modification; at "
                    + "most 50,000.")
    @APIResponse(responseCode = "200", description = "A sitemap URL set.",
            content = @Content(mediaType = XmlDocument.XML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "seed", value = SyndicationExamples.MONTH_SITEMAP)))
    public XmlDocument monthSitemap(
            @Parameter(description = "Month of publication, `YYYY-MM`.", example = "2025-06")
            @PathParam("month") String month) {
        return sitemaps.month(month);
    }
}
