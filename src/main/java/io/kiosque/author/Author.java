package io.kiosque.author;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A journalist. The e-mail is private: it never appears in a public representation.
 */
@Entity
public class Author {

    @Id
    public UUID id;
    public String slug;
    public String name;
    public String bio;
    @Column(name = "job_title")
    public String jobTitle;
    @Column(name = "avatar_url")
    public String avatarUrl;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Link> links = new ArrayList<>();
    public String email;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;
}
