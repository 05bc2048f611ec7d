package io.kiosque.changes;

/** OpenAPI examples of the change feed, built on the seed article. */
public final class ChangeExamples {

    public static final String CURSOR = "azEfY2hhbmdlcx92MR8xMDQz";

    public static final String CHANGE_PAGE = """
            {"items":[{"id":1042,"resourceType":"article","resourceId":"0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10",\
            "slug":"la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien",\
            "action":"published","occurredAt":"2025-06-19T08:00:00.123456Z"},\
            {"id":1043,"resourceType":"article","resourceId":"0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10",\
            "slug":"la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien",\
            "action":"updated","occurredAt":"2025-06-19T08:12:31.004211Z"}],\
            "nextCursor":"azEfY2hhbmdlcx92MR8xMDQz","hasMore":false}""";

    public static final String TOMBSTONE_PAGE = """
            {"items":[{"id":1057,"resourceType":"article","resourceId":"0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10",\
            "slug":"la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien",\
            "action":"deleted","occurredAt":"2025-06-20T17:45:02.551870Z"}],\
            "nextCursor":"azEfY2hhbmdlcx92MR8xMDU3","hasMore":false}""";

    private ChangeExamples() {
    }
}
