package io.kiosque.dev;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.kiosque.article.Article;
import io.kiosque.article.ArticleRepository;
import io.kiosque.article.ArticleStatus;
import io.kiosque.article.ArticleText;
import io.kiosque.article.LeadImage;
import io.kiosque.author.Author;
import io.kiosque.author.AuthorRepository;
import io.kiosque.content.Slugs;
import io.kiosque.imports.WireCopy;
import io.kiosque.imports.WireCopyParser;
import io.kiosque.section.Section;
import io.kiosque.section.SectionRepository;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagRepository;
import io.kiosque.tag.TagType;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the reference article, with its section, author and entity tags, when {@code kiosque.demo-content.enabled} is
 * true (dev mode and tests; the packaged application does not contain this class). Idempotent: nothing is written when
 * the article is already there.
 */
@ApplicationScoped
public class DemoContent {

    static final String SEED_RESOURCE = "dev/seed-article-fr.txt";
    private static final Logger LOG = Logger.getLogger(DemoContent.class);

    record DemoTag(String name, TagType type, String isoCode, String wikidataId, List<String> aliases,
            String description) {
    }

    /** The entities the seed article mentions; identifiers only where they are certain. */
    static final List<DemoTag> TAGS = List.of(
            new DemoTag("Kim Jong-un", TagType.PERSON, null, "Q56226", List.of("Kim Jong Un"),
                    "Dirigeant suprême de la Corée du Nord."),
            new DemoTag("Sergueï Lavrov", TagType.PERSON, null, null,
                    List.of("Sergueï Viktorovitch Lavrov", "Sergei Lavrov"),
                    "Ministre russe des Affaires étrangères."),
            new DemoTag("Corée du Nord", TagType.COUNTRY, "KP", "Q423",
                    List.of("République populaire démocratique de Corée", "RPDC"),
                    "État d'Asie de l'Est, capitale Pyongyang."),
            new DemoTag("Russie", TagType.COUNTRY, "RU", "Q159", List.of("Fédération de Russie"),
                    "État transcontinental, capitale Moscou."),
            new DemoTag("Ukraine", TagType.COUNTRY, "UA", "Q212", List.of(), "État d'Europe de l'Est, capitale Kyiv."),
            new DemoTag("KCNA", TagType.ORGANISATION, null, null,
                    List.of("agence d'État KCNA", "Korean Central News Agency", "Agence centrale de presse coréenne"),
                    "Agence de presse officielle de la Corée du Nord."),
            new DemoTag("Union européenne", TagType.ORGANISATION, null, "Q458", List.of("UE"),
                    "Union politique et économique de vingt-sept États européens."));

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final TagRepository tags;
    private final boolean enabled;

    DemoContent(ArticleRepository articles, SectionRepository sections, AuthorRepository authors, TagRepository tags,
            DemoContentConfig config) {
        this.articles = articles;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.enabled = config.enabled();
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    public void load() {
        WireCopy copy = WireCopyParser.parse(seedText());
        String slug = Slugs.slugify(copy.headline());
        if (articles.find("slug", slug).count() > 0) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        Section international = sections.find("slug", "international").firstResultOptional().orElseGet(() -> {
            Section section = new Section();
            section.id = UUID.randomUUID();
            section.slug = "international";
            section.name = "International";
            section.description = "L'actualité du monde : diplomatie, conflits, élections.";
            section.position = 1;
            section.createdAt = now;
            section.updatedAt = now;
            sections.persist(section);
            return section;
        });

        Author author = authors.find("slug", Slugs.slugify(copy.byline())).firstResultOptional().orElseGet(() -> {
            Author created = new Author();
            created.id = UUID.randomUUID();
            created.slug = Slugs.slugify(copy.byline());
            created.name = copy.byline();
            created.bio = copy.bio();
            created.jobTitle = "Journaliste politique";
            created.createdAt = now;
            created.updatedAt = now;
            authors.persist(created);
            return created;
        });

        List<Tag> articleTags = new ArrayList<>();
        for (DemoTag demo : TAGS) {
            articleTags.add(tags.find("slug", Slugs.slugify(demo.name())).firstResultOptional().orElseGet(() -> {
                Tag tag = new Tag();
                tag.id = UUID.randomUUID();
                tag.slug = Slugs.slugify(demo.name());
                tag.name = demo.name();
                tag.type = demo.type();
                tag.isoCode = demo.isoCode();
                tag.wikidataId = demo.wikidataId();
                tag.aliases = new ArrayList<>(demo.aliases());
                tag.description = demo.description();
                tag.createdAt = now;
                tag.updatedAt = now;
                tags.persist(tag);
                return tag;
            }));
        }

        Article article = new Article();
        article.id = UUID.randomUUID();
        article.slug = slug;
        article.headline = copy.headline();
        article.standfirst = copy.standfirst();
        article.body = new ArrayList<>(copy.body());
        article.leadImage = copy.imageCaption() == null ? null : new LeadImage(null, copy.imageCaption(), null, null);
        article.language = "fr";
        article.section = international;
        article.authors = new ArrayList<>(List.of(author));
        article.tags = articleTags;
        article.status = ArticleStatus.PUBLISHED;
        article.createdAt = now;
        article.updatedAt = now;
        article.publishedAt = now;
        article.firstPublishedAt = now;
        ArticleText.derive(article);
        articles.persist(article);
        LOG.infof("Demo content loaded: /api/v1/articles/%s", slug);
    }

    /** The reference article as wire copy, as an editor would import it. */
    public static String seedText() {
        try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(SEED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + SEED_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + SEED_RESOURCE, e);
        }
    }
}
