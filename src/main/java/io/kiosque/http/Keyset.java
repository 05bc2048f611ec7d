package io.kiosque.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Keyset pagination for lists ordered ascending by a few keys, the last of which is unique (a slug). Each key is a JPQL
 * path with the functions that read it from an entity and parse it back from a cursor.
 */
public final class Keyset {

    public record Key<E>(String path, Function<E, Object> read, Function<String, Object> parse) {
    }

    private Keyset() {
    }

    /**
     * @param selectFrom
     *            JPQL select and from clauses, with the alias used by the keys ({@code select t from Tag t})
     * @param where
     *            JPQL condition on that alias, {@code true} when unfiltered
     */
    public static <E> Page<E> page(EntityManager em, Class<E> type, String selectFrom, String where,
            Map<String, Object> parameters, List<Key<E>> keys, String sortName, String fingerprint, int limit,
            String encodedCursor) {
        StringBuilder jpql = new StringBuilder(selectFrom).append(" where ").append(where);
        Map<String, Object> bound = new HashMap<>(parameters);
        if (encodedCursor != null) {
            Cursor cursor = Cursor.decode(encodedCursor, sortName, fingerprint, keys.size());
            // (k1, k2, ...) > (v1, v2, ...) spelled out, so any database and index can use
            // it.
            List<String> disjuncts = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                StringBuilder conjunct = new StringBuilder("(");
                for (int j = 0; j < i; j++) {
                    conjunct.append(keys.get(j).path()).append(" = :k").append(j).append(" and ");
                }
                conjunct.append(keys.get(i).path()).append(" > :k").append(i).append(')');
                disjuncts.add(conjunct.toString());
            }
            jpql.append(" and (").append(String.join(" or ", disjuncts)).append(')');
            for (int i = 0; i < keys.size(); i++) {
                try {
                    bound.put("k" + i, keys.get(i).parse().apply(cursor.keys().get(i)));
                } catch (RuntimeException e) {
                    throw ProblemException.invalidParameter("cursor", "not a cursor issued by this API");
                }
            }
        }
        jpql.append(" order by ").append(String.join(", ", keys.stream().map(Key::path).toList()));
        TypedQuery<E> query = em.createQuery(jpql.toString(), type);
        bound.forEach(query::setParameter);
        List<E> rows = query.setMaxResults(limit + 1).getResultList();
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<E> items = List.copyOf(rows.subList(0, limit));
        E last = items.get(items.size() - 1);
        List<String> lastKeys = keys.stream().map(key -> String.valueOf(key.read().apply(last))).toList();
        return new Page<>(items, new Cursor(sortName, fingerprint, lastKeys).encode());
    }
}
