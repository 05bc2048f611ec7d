package io.kiosque.tag;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Standard entity identifiers a tag can carry. */
public final class Identifiers {

    /**
     * The officially assigned ISO 3166-1 alpha-2 codes, as maintained in the JDK (249 codes; no XK, no ZZ).
     */
    private static final Set<String> ISO_COUNTRY_CODES = Set
            .copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    /**
     * A Wikidata item id (QID): {@code Q} and a positive integer without leading zeros, such as Q142. The one pattern
     * for request bodies, query parameters and tag filters; the database's check on tag.wikidata_id is the same.
     */
    public static final String WIKIDATA_ID_PATTERN = "^Q[1-9][0-9]*$";
    private static final Pattern WIKIDATA_ID = Pattern.compile(WIKIDATA_ID_PATTERN);

    private Identifiers() {
    }

    public static boolean isIsoCountryCode(String code) {
        return code != null && ISO_COUNTRY_CODES.contains(code);
    }

    public static boolean isWikidataId(String id) {
        return id != null && WIKIDATA_ID.matcher(id).matches();
    }
}
