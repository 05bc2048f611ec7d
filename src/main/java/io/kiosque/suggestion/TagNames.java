package io.kiosque.suggestion;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What entity detection knows of a tag: its id and the names it goes by. */
public record TagNames(UUID tagId, String name, List<String> aliases) {

    public TagNames {
        Objects.requireNonNull(tagId, "tagId");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null
                ? List.of()
                : aliases.stream().filter(alias -> alias != null && !alias.isBlank()).toList();
    }
}
