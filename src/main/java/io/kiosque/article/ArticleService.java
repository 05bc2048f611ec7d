package io.kiosque.article;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.kiosque.author.Author;
import io.kiosque.author.AuthorRef;
import io.kiosque.author.AuthorRepository;
import io.kiosque.content.ContentChanged;
import io.kiosque.content.LanguageTags;
import io.kiosque.content.MergePatch;
import io.kiosque.content.SlugHistory;
import io.kiosque.content.Slugs;
import io.kiosque.http.MovedPermanently;
import io.kiosque.http.Page;
import io.kiosque.http.ProblemError;
import io.kiosque.http.ProblemException;
import io.kiosque.http.Problems;
import io.kiosque.http.Representations;
import io.kiosque.section.Section;
import io.kiosque.section.SectionRef;
import io.kiosque.section.SectionRepository;
import io.kiosque.security.Caller;
import io.kiosque.security.Role;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagRef;
import io.kiosque.tag.TagRepository;

/**
 * Articles: who may see and change what, the publishing workflow, slugs and revisions. Every write locks the article
 * row, checks If-Match against the current representation, and records a revision and a {@link ContentChanged} event in
 * the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleService {

    public static final Set<ArticleStatus> PUBLIC_STATUSES = Set.of(ArticleStatus.PUBLISHED);
    static final String DEFAULT_LANGUAGE = "fr";

    private final ArticleRepository articles;
    private final ArticleRevisionRepository revisionRepository;
    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final TagRepository tags;
    private final SlugHistory slugs;
    private final Representations representations;
    private final Event<ContentChanged> changes;
    private final Validator validator;
    private final ObjectMapper mapper;
    private final ObjectReader snapshotReader;

    ArticleService(ArticleRepository articles, ArticleRevisionRepository revisionRepository,
            SectionRepository sections, AuthorRepository authors, TagRepository tags, SlugHistory slugs,
            Representations representations, Event<ContentChanged> changes, Validator validator, ObjectMapper mapper) {
        this.articles = articles;
        this.revisionRepository = revisionRepository;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.slugs = slugs;
        this.representations = representations;
        this.changes = changes;
        this.validator = validator;
        this.mapper = mapper;
        // Old snapshots may miss fields added since, or carry removed ones: read them leniently.
        this.snapshotReader = mapper.readerFor(ArticleView.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    // ---- Reads -------------------------------------------------------------------------------------------------

    /** In one transaction, so that a page holds one pooled connection rather than one per statement. */
    @Transactional
    public Page<ArticleSummary> list(ArticleFilter filter) {
        return articles.list(filter);
    }

    /** An article as this caller may see it; a former slug answers with a redirect to the current one. */
    @Transactional
    public ArticleView find(String idOrSlug, Caller caller) {
        return toView(readable(idOrSlug, caller));
    }

    // ---- Previews ----------------------------------------------------------------------------------------------

    /**
     * The id of an article this caller may hand out preview links for: the articles it may edit (editors: all;
     * contributors: their own drafts). 404 for what it may not see, 403 for what it may see but not edit.
     */
    public UUID previewable(String idOrSlug, Caller caller) {
        Article article = readable(idOrSlug, caller);
        requireEditRights(article, caller);
        return article.id;
    }

    /**
     * The current state of the one article a preview link unlocks, whatever its status; any other article is refused
     * (403), even a published one, so that a link never reads as a key to more than its article.
     */
    public ArticleView findForPreview(String idOrSlug, UUID unlocked) {
        Optional<Article> found = articles.findWithSection(idOrSlug);
        if (found.isPresent() && found.get().id.equals(unlocked)) {
            return toView(found.get());
        }
        if (found.isEmpty() && slugs.redirectTarget(Article.class, idOrSlug).filter(unlocked::equals).isPresent()) {
            throw new MovedPermanently(idOrSlug, articles.findById(unlocked).slug);
        }
        throw new ProblemException(403, "forbidden", "Forbidden",
                "This preview link is for another article; it unlocks only the article it was made for.", null);
    }

    public List<RevisionSummary> revisions(String idOrSlug, Caller caller) {
        Article article = readable(idOrSlug, caller);
        return revisionRepository.history(article.id).stream().map(ArticleService::summary).toList();
    }

    public RevisionView revision(String idOrSlug, int number, Caller caller) {
        ArticleRevision revision = findRevision(readable(idOrSlug, caller), number);
        return new RevisionView(summary(revision), snapshot(revision));
    }

    public RevisionComparison compare(String idOrSlug, int from, int to, Caller caller) {
        Article article = readable(idOrSlug, caller);
        JsonNode before = mapper.valueToTree(snapshot(findRevision(article, from)));
        JsonNode after = mapper.valueToTree(snapshot(findRevision(article, to)));
        List<RevisionComparison.FieldChange> differences = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            JsonNode old = before.get(field);
            JsonNode now = after.get(field);
            if (old == null ? now != null : !old.equals(now)) {
                differences.add(new RevisionComparison.FieldChange(field, old, now));
            }
        }
        return new RevisionComparison(from, to, differences);
    }

    /**
     * The article's text for entity detection (headline, standfirst, then each block, separated by blank lines), and
     * the tags it already has. Editors may ask for any article, contributors for their own drafts.
     */
    public ArticleText.ForSuggestions textForSuggestions(String idOrSlug, Caller caller) {
        Article article = readable(idOrSlug, caller);
        if (!caller.has(Role.EDITOR) && !(article.status == ArticleStatus.DRAFT && owns(article, caller))) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "Contributors may ask for suggestions on their own drafts only.", null);
        }
        return ArticleText.forSuggestions(article);
    }

    // ---- Writes ------------------------------------------------------------------------------------------------

    @Transactional
    public ArticleView create(ArticleRequest request, Caller caller) {
        Instant now = now();
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.status = ArticleStatus.DRAFT;
        article.createdAt = now;
        article.createdBy = caller.tokenId();
        if (request.authorsOrEmpty().isEmpty() && caller.authorId() != null) {
            // A contributor's token writes as its author: its drafts are signed by default.
            request = withAuthors(request, List.of(caller.authorId().toString()));
        }
        apply(request, article, now);
        articles.persist(article);
        return recordChange(article, "created", caller);
    }

    @Transactional
    public ArticleView replace(String idOrSlug, ArticleRequest request, String ifMatch, Caller caller) {
        Article article = editable(idOrSlug, ifMatch, caller);
        apply(request, article, now());
        return recordChange(article, "updated", caller);
    }

    @Transactional
    public ArticleView patch(String idOrSlug, JsonNode patch, String ifMatch, Caller caller)
            throws JsonProcessingException {
        Article article = editable(idOrSlug, ifMatch, caller);
        JsonNode merged = MergePatch.apply(mapper.valueToTree(toRequest(article)), patch);
        // Unknown or read-only members in the patch fail here, as they would in a PUT.
        ArticleRequest request = mapper.treeToValue(merged, ArticleRequest.class);
        Set<ConstraintViolation<ArticleRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        apply(request, article, now());
        return recordChange(article, "updated", caller);
    }

    @Transactional
    public void delete(String idOrSlug, String ifMatch, Caller caller) {
        Article article = lockForWrite(idOrSlug, caller);
        requireRole(caller, Role.EDITOR, "delete articles");
        representations.requireMatch(ifMatch, toView(article), "article");
        slugs.forget(Article.class, article.id);
        articles.delete(article);
        changes.fire(new ContentChanged("article", article.id, article.slug, "deleted", null));
    }

    /** Publishes now, or schedules when {@code at} is in the future. */
    @Transactional
    public ArticleView publish(String idOrSlug, Instant at, String ifMatch, Caller caller) {
        Article article = workflowTarget(idOrSlug, ifMatch, caller, "publish articles");
        Instant now = now();
        if (at != null && at.isAfter(now)) {
            if (article.status == ArticleStatus.PUBLISHED) {
                throw ProblemException.conflict("The article is published; unpublish it before scheduling it.");
            }
            article.status = ArticleStatus.SCHEDULED;
            article.publishedAt = at.truncatedTo(ChronoUnit.MICROS);
            article.updatedAt = now;
            return recordChange(article, "scheduled", caller);
        }
        if (article.status == ArticleStatus.PUBLISHED) {
            throw ProblemException.conflict("The article is already published.");
        }
        goLive(article, now, now);
        return recordChange(article, "published", caller);
    }

    @Transactional
    public ArticleView unpublish(String idOrSlug, String ifMatch, Caller caller) {
        Article article = workflowTarget(idOrSlug, ifMatch, caller, "unpublish articles");
        if (article.status != ArticleStatus.PUBLISHED && article.status != ArticleStatus.SCHEDULED) {
            throw ProblemException.conflict("Only a published or scheduled article can be unpublished; this one is "
                    + article.status.wireName() + ".");
        }
        article.status = ArticleStatus.DRAFT;
        article.publishedAt = null;
        article.updatedAt = now();
        return recordChange(article, "unpublished", caller);
    }

    @Transactional
    public ArticleView archive(String idOrSlug, String ifMatch, Caller caller) {
        Article article = workflowTarget(idOrSlug, ifMatch, caller, "archive articles");
        if (article.status == ArticleStatus.ARCHIVED) {
            throw ProblemException.conflict("The article is already archived.");
        }
        article.status = ArticleStatus.ARCHIVED;
        article.updatedAt = now();
        return recordChange(article, "archived", caller);
    }

    @Transactional
    public ArticleView restore(String idOrSlug, int number, String ifMatch, Caller caller) {
        Article article = editable(idOrSlug, ifMatch, caller);
        ArticleView old = snapshot(findRevision(article, number));
        ArticleRequest request = new ArticleRequest(old.slug(), old.headline(), old.standfirst(), old.body(),
                old.leadImage(), old.language(), old.section() == null ? null : old.section().id().toString(),
                old.authors().stream().map(author -> author.id().toString()).toList(),
                old.tags().stream().map(tag -> tag.id().toString()).toList(), old.seoTitle(), old.seoDescription());
        apply(request, article, now());
        return recordChange(article, "restored", caller);
    }

    /**
     * Publishes the scheduled articles whose time has come. Rows are claimed with {@code FOR UPDATE SKIP LOCKED} and
     * the status checked in the same statement, so with several instances each article goes live exactly once.
     */
    @Transactional
    public int publishDue(int batchSize) {
        List<UUID> due = articles.claimDueForPublication(batchSize);
        Caller scheduler = new Caller(null, "scheduler", Role.ADMIN, null);
        for (UUID id : due) {
            Article article = articles.findById(id);
            goLive(article, article.publishedAt, now());
            recordChange(article, "published", scheduler);
        }
        return due.size();
    }

    // ---- Rules -------------------------------------------------------------------------------------------------

    /**
     * publishedAt is when the current publication went live (the planned time for a scheduled one); firstPublishedAt is
     * set at the first publication and never changes.
     */
    private static void goLive(Article article, Instant publishedAt, Instant now) {
        article.status = ArticleStatus.PUBLISHED;
        article.publishedAt = publishedAt;
        if (article.firstPublishedAt == null) {
            article.firstPublishedAt = publishedAt;
        }
        article.updatedAt = now;
    }

    private Article readable(String idOrSlug, Caller caller) {
        Optional<Article> found = articles.findWithSection(idOrSlug);
        if (found.isEmpty()) {
            UUID target = slugs.redirectTarget(Article.class, idOrSlug).orElse(null);
            Article moved = target == null ? null : articles.findById(target);
            if (moved != null && canRead(moved, caller)) {
                throw new MovedPermanently(idOrSlug, moved.slug);
            }
            throw notFound(idOrSlug);
        }
        if (!canRead(found.get(), caller)) {
            throw notFound(idOrSlug);
        }
        return found.get();
    }

    /** Loads and locks the article; 404 for what the caller may not even see. */
    private Article lockForWrite(String idOrSlug, Caller caller) {
        Article article = articles.findForUpdate(idOrSlug)
                .or(() -> slugs.redirectTarget(Article.class, idOrSlug)
                        .flatMap(id -> articles.findForUpdate(id.toString())))
                .orElseThrow(() -> notFound(idOrSlug));
        if (!canRead(article, caller)) {
            throw notFound(idOrSlug);
        }
        return article;
    }

    private Article editable(String idOrSlug, String ifMatch, Caller caller) {
        Article article = lockForWrite(idOrSlug, caller);
        requireEditRights(article, caller);
        representations.requireMatch(ifMatch, toView(article), "article");
        return article;
    }

    private static void requireEditRights(Article article, Caller caller) {
        if (!caller.has(Role.EDITOR) && !(article.status == ArticleStatus.DRAFT && owns(article, caller))) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "Contributors may edit only their own drafts; this article is "
                            + (owns(article, caller) ? article.status.wireName() : "not theirs") + ".",
                    null);
        }
    }

    private Article workflowTarget(String idOrSlug, String ifMatch, Caller caller, String what) {
        Article article = lockForWrite(idOrSlug, caller);
        requireRole(caller, Role.EDITOR, what);
        // If-Match is optional on workflow actions, but honoured when sent.
        if (ifMatch != null) {
            representations.requireMatch(ifMatch, toView(article), "article");
        }
        return article;
    }

    private static void requireRole(Caller caller, Role role, String what) {
        if (!caller.has(role)) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "Only " + role.wireName() + "s and admins may " + what + ".", null);
        }
    }

    static boolean canRead(Article article, Caller caller) {
        return article.status == ArticleStatus.PUBLISHED || caller.has(Role.EDITOR)
                || caller.has(Role.CONTRIBUTOR) && owns(article, caller);
    }

    /** A contributor's own articles: the ones its token created, or signed by the author it writes as. */
    static boolean owns(Article article, Caller caller) {
        if (caller.tokenId() != null && caller.tokenId().equals(article.createdBy)) {
            return true;
        }
        return caller.authorId() != null
                && article.authors.stream().anyMatch(author -> author.id.equals(caller.authorId()));
    }

    /** Applies the editable content of a request to an article; references are resolved or reported. */
    private void apply(ArticleRequest request, Article article, Instant now) {
        List<ProblemError> errors = new ArrayList<>();
        String language = request.language() == null
                ? DEFAULT_LANGUAGE
                : LanguageTags.canonical(request.language()).orElse(null);
        if (language == null) {
            errors.add(ProblemError.atPointer("/language", "must be a BCP 47 language tag such as fr or fr-CA"));
        }
        Section section = null;
        if (request.section() != null) {
            section = sections.findByIdOrSlug(request.section()).orElse(null);
            if (section == null) {
                errors.add(ProblemError.atPointer("/section", "unknown section '" + request.section() + "'"));
            }
        }
        List<Author> resolvedAuthors = resolve(request.authorsOrEmpty(), "/authors", "author", authors::findByIdOrSlug,
                author -> author.id, errors);
        List<Tag> resolvedTags = resolve(request.tagsOrEmpty(), "/tags", "tag", tags::findByIdOrSlug, tag -> tag.id,
                errors);
        String slug = request.slug();
        if (slug == null && article.slug == null) {
            slug = slugs.allocate(Article.class, Slugs.slugify(request.headline()), article.id);
        } else if (slug != null && !slug.equals(article.slug) && !slugs.isFree(Article.class, slug, article.id)) {
            throw ProblemException.conflict("The slug '" + slug + "' is taken by another article, now or before.");
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(
                    errors.size() == 1 ? errors.get(0).detail() + "." : errors.size() + " inputs are invalid.", errors);
        }
        if (slug != null && article.slug != null && !slug.equals(article.slug)) {
            slugs.changed(Article.class, article.id, article.slug, slug);
        }
        if (slug != null) {
            article.slug = slug;
        }
        article.headline = request.headline().strip();
        article.standfirst = request.standfirst();
        article.body = new ArrayList<>(request.bodyOrEmpty());
        article.leadImage = request.leadImage();
        article.language = language;
        article.section = section;
        article.authors = new ArrayList<>(resolvedAuthors);
        article.tags = new ArrayList<>(resolvedTags);
        article.seoTitle = request.seoTitle();
        article.seoDescription = request.seoDescription();
        article.updatedAt = now;
        ArticleText.derive(article);
    }

    private static <T> List<T> resolve(List<String> references, String pointer, String kind,
            Function<String, Optional<T>> finder, Function<T, UUID> idOf,
            List<ProblemError> errors) {
        List<T> resolved = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            Optional<T> found = finder.apply(reference);
            if (found.isEmpty()) {
                errors.add(ProblemError.atPointer(pointer + "/" + i, "unknown " + kind + " '" + reference + "'"));
            } else if (!seen.add(idOf.apply(found.get()))) {
                errors.add(ProblemError.atPointer(pointer + "/" + i, "duplicate " + kind + " '" + reference + "'"));
            } else {
                resolved.add(found.get());
            }
        }
        return resolved;
    }

    /** Flushes (so the version is the new one), records the revision and the event, and returns the new view. */
    private ArticleView recordChange(Article article, String action, Caller caller) {
        articles.flush();
        ArticleView view = toView(article);
        ArticleRevision revision = new ArticleRevision();
        revision.articleId = article.id;
        revision.number = revisionRepository.nextNumber(article.id);
        revision.action = action;
        revision.createdAt = now();
        revision.actorName = caller.name();
        revision.actorRole = caller.role() == null ? "anonymous" : caller.role().wireName();
        revision.snapshot = new String(representations.bytes(view), StandardCharsets.UTF_8);
        revisionRepository.persist(revision);
        changes.fire(new ContentChanged("article", article.id, article.slug, action, view));
        return view;
    }

    private ArticleRevision findRevision(Article article, int number) {
        return revisionRepository.findRevision(article.id, number)
                .orElseThrow(() -> ProblemException.notFound("The article has no revision " + number + "."));
    }

    private ArticleView snapshot(ArticleRevision revision) {
        try {
            return snapshotReader.readValue(revision.snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable snapshot of revision " + revision.number, e);
        }
    }

    private static RevisionSummary summary(ArticleRevision revision) {
        return new RevisionSummary(revision.number, revision.action, revision.createdAt, revision.actorName,
                revision.actorRole);
    }

    /** The editable state of an article, as a request would carry it (the base of a merge patch). */
    private static ArticleRequest toRequest(Article article) {
        return new ArticleRequest(article.slug, article.headline, article.standfirst, article.body,
                article.leadImage, article.language, article.section == null ? null : article.section.slug,
                article.authors.stream().map(author -> author.slug).toList(),
                article.tags.stream().map(tag -> tag.slug).toList(), article.seoTitle, article.seoDescription);
    }

    private static ArticleRequest withAuthors(ArticleRequest request, List<String> authors) {
        return new ArticleRequest(request.slug(), request.headline(), request.standfirst(), request.body(),
                request.leadImage(), request.language(), request.section(), authors, request.tags(),
                request.seoTitle(), request.seoDescription());
    }

    ArticleView toView(Article article) {
        SectionRef section = article.section == null
                ? null
                : new SectionRef(article.section.id, article.section.slug, article.section.name);
        List<AuthorRef> authorRefs = article.authors.stream()
                .map(author -> new AuthorRef(author.id, author.slug, author.name, author.bio)).toList();
        List<TagRef> tagRefs = article.tags.stream()
                .map(tag -> new TagRef(tag.id, tag.slug, tag.name, tag.type, tag.isoCode, tag.wikidataId)).toList();
        return new ArticleView(article.id, article.slug, article.headline, article.standfirst,
                List.copyOf(article.body), article.leadImage, article.language, section, authorRefs, tagRefs,
                article.status, article.createdAt, article.updatedAt, article.publishedAt, article.firstPublishedAt,
                article.wordCount, article.readingTimeMinutes, article.seoTitle, article.seoDescription,
                article.version);
    }

    private static ProblemException notFound(String idOrSlug) {
        return ProblemException
                .notFound("No article you may see has the id or slug '" + Problems.abbreviate(idOrSlug, 100) + "'.");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
