package io.kiosque.author;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.kiosque.content.SluggedEntity;

/**
 * A journalist. The e-mail is private: it never appears in a public representation.
 */
@Entity
public class Author extends SluggedEntity {

    public String name;
    public String bio;
    @Column(name = "job_title")
    public String jobTitle;
    @Column(name = "avatar_url")
    public String avatarUrl;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Link> links = new ArrayList<>();
    public String email;
}
