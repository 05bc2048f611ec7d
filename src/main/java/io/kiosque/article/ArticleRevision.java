package io.kiosque.article;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The whole state of an article after one change, as its JSON representation. */
@Entity
@Table(name = "article_revision")
@IdClass(ArticleRevision.Key.class)
public class ArticleRevision {

    public record Key(UUID articleId, int number) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "article_id")
    public UUID articleId;
    @Id
    public int number;
    public String action;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "actor_name")
    public String actorName;
    @Column(name = "actor_role")
    public String actorRole;
    @JdbcTypeCode(SqlTypes.JSON)
    public String snapshot;
}
