package io.kiosque.section;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.kiosque.content.SluggedEntity;

/**
 * A section of the site (International, Asie...), optionally nested under a parent.
 */
@Entity
public class Section extends SluggedEntity {

    public String name;
    public String description;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Section parent;
    public int position;
}
