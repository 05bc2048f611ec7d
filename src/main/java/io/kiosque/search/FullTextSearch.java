package io.kiosque.search;

import java.util.HexFormat;

import io.kiosque.http.ProblemException;

/**
 * The HQL side of full-text search over articles: fragments that call the SQL functions of {@code V3__search.sql}
 * (where the French analysis, the weights and the ranking are defined), and the exact encoding of a relevance score in
 * a cursor.
 */
public final class FullTextSearch {

    private FullTextSearch() {
    }

    /**
     * True when the article matches the query bound to {@code :parameter}. The SQL function is inlined by PostgreSQL
     * into {@code search_vector @@ query}, which the GIN index serves.
     */
    public static String matches(String article, String parameter) {
        return "function('kiosque_search_matches' as Boolean, column(" + article + ".search_vector), :" + parameter
                + ") = true";
    }

    /**
     * The relevance of the article for the query, a {@code real}: the same expression must select, order and compare a
     * cursor, so that a page boundary falls exactly between two results.
     */
    public static String rank(String article, String parameter) {
        return "function('kiosque_search_rank' as Float, column(" + article + ".search_vector), :" + parameter + ")";
    }

    /** Raw snippet of the article's standfirst and body for the query; see {@link Snippets#toHtml(String)}. */
    public static String snippet(String article, String parameter) {
        return "function('kiosque_search_snippet' as String, " + article + ".standfirst, " + article + ".leadImage, "
                + article + ".body, :" + parameter + ")";
    }

    /**
     * A relevance score as it goes into a cursor: the raw bits of the float, so the next page compares against exactly
     * the value PostgreSQL computed (a decimal rendering could round).
     */
    public static String encodeRank(float rank) {
        return HexFormat.of().toHexDigits(Float.floatToRawIntBits(rank));
    }

    public static float decodeRank(String encoded) {
        try {
            if (encoded.length() == 8) {
                float rank = Float.intBitsToFloat(HexFormat.fromHexDigits(encoded));
                if (Float.isFinite(rank)) {
                    return rank;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ProblemException.invalidParameter("cursor", "not a cursor issued by this API");
    }
}
