package io.kiosque.tag;

/** Filters of the tag list, all optional and combined with "and". */
public record TagFilter(TagType type, String isoCode, String wikidataId) {
}
