package io.kiosque.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.kiosque.author.Author;
import io.kiosque.section.Section;
import io.kiosque.tag.Tag;

/**
 * A news article. Word count and reading time are derived from the body by {@link ArticleText}.
 */
@Entity
public class Article {

    @Id
    public UUID id;
    public String slug;
    public String headline;
    public String standfirst;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Block> body = new ArrayList<>();
    @Column(name = "lead_image")
    @JdbcTypeCode(SqlTypes.JSON)
    public LeadImage leadImage;
    public String language;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    public Section section;
    @ManyToMany
    @JoinTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    public List<Author> authors = new ArrayList<>();
    @ManyToMany
    @JoinTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderColumn(name = "position")
    public List<Tag> tags = new ArrayList<>();
    public ArticleStatus status;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "first_published_at")
    public Instant firstPublishedAt;
    @Column(name = "word_count")
    public int wordCount;
    @Column(name = "reading_time_minutes")
    public int readingTimeMinutes;
    @Column(name = "seo_title")
    public String seoTitle;
    @Column(name = "seo_description")
    public String seoDescription;
    /** The token that drafted it: contributors may edit the drafts they created. */
    @Column(name = "created_by")
    public UUID createdBy;
    @Version
    public long version;
}
