package io.kiosque.article;

/** OpenAPI examples of preview links, built on the seed article. */
public final class PreviewExamples {

    public static final String PREVIEW_LINK = """
            {"token":"kqp_Q2hhcMO0IGRlIHRlc3QgcG91ciBsYSBwcsOpdmlzdWFsaXNhdGlvbg",\
            "expiresAt":"2025-06-19T09:00:00Z",\
            "url":"https://api.kiosque.example/api/v1/articles/0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10?preview=\
            kqp_Q2hhcMO0IGRlIHRlc3QgcG91ciBsYSBwcsOpdmlzdWFsaXNhdGlvbg"}""";

    public static final String PREVIEW_REFUSED = """
            {"type":"https://kiosque.dev/problems/forbidden","title":"Forbidden","status":403,\
            "detail":"This preview link expired at 2025-06-19T09:00:00Z. Ask the newsroom for a new one.",\
            "instance":"/api/v1/articles/0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10"}""";

    private PreviewExamples() {
    }
}
