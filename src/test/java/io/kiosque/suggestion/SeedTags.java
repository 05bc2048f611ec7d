package io.kiosque.suggestion;

import java.util.List;
import java.util.UUID;

/** The names and aliases of the seed article's tags, as the demo content loads them. */
final class SeedTags {

    static final TagNames KIM_JONG_UN = tag("Kim Jong-un", "Kim Jong Un");
    static final TagNames SERGUEI_LAVROV = tag("Sergueï Lavrov", "Sergueï Viktorovitch Lavrov", "Sergei Lavrov");
    static final TagNames COREE_DU_NORD = tag("Corée du Nord", "République populaire démocratique de Corée", "RPDC");
    static final TagNames RUSSIE = tag("Russie", "Fédération de Russie");
    static final TagNames UKRAINE = tag("Ukraine");
    static final TagNames KCNA = tag("KCNA", "agence d'État KCNA", "Korean Central News Agency",
            "Agence centrale de presse coréenne");
    static final TagNames UNION_EUROPEENNE = tag("Union européenne", "UE");

    static final List<TagNames> ALL = List.of(KIM_JONG_UN, SERGUEI_LAVROV, COREE_DU_NORD, RUSSIE, UKRAINE, KCNA,
            UNION_EUROPEENNE);

    private SeedTags() {
    }

    static TagNames tag(String name, String... aliases) {
        return new TagNames(UUID.randomUUID(), name, List.of(aliases));
    }
}
