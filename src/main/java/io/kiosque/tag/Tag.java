package io.kiosque.tag;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.kiosque.content.SluggedEntity;

/**
 * A typed entity tag: a person, a country or an organisation, with its standard identifiers.
 */
@Entity
public class Tag extends SluggedEntity {

    public String name;
    public TagType type;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> aliases = new ArrayList<>();
    public String description;
    /** ISO 3166-1 alpha-2, countries only. */
    @Column(name = "iso_code", columnDefinition = "bpchar(2)")
    public String isoCode;
    /** Wikidata QID, e.g. Q423 for North Korea. */
    @Column(name = "wikidata_id")
    public String wikidataId;
}
