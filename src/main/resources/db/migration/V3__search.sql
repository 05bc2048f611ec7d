-- French-aware full-text search over articles.
--
-- Analysis (text search configuration kiosque_french, used for documents, queries and snippets alike):
--   * PostgreSQL's parser splits words at apostrophes, straight (') and typographic (’): "l'Ukraine" is "l" + "Ukraine",
--     "d'État" is "d" + "État". The elided articles and pronouns (l, d, j, m, n, s, t, c, qu) are French stop words, so
--     the elision disappears. The one apostrophe the parser takes for a letter, U+02BC (ʼ), is normalised to ' first
--     (kiosque_search_text), otherwise "lʼUkraine" would be a single unknown word.
--   * Stop words are removed before accents: the French stop list is accented ("à", "été", "même"), so checking it
--     after unaccent would let those words through.
--   * unaccent, then the French Snowball stemmer: "Corée" and "coree" both become 'core', "alliances" 'allianc'.
--   * Hyphenated words keep the whole word and its parts ("Jong-un": 'jong-un', 'jong').
--
-- Weights (PostgreSQL has four): headline A, standfirst B, body text and image captions C, names and aliases of the
-- article's tags D. Tags come last because they are the recall channel (an alias such as "RPDC" or "Korean Central News
-- Agency" finds articles that never spell it out); an article about an entity names it in its text, and the text
-- carries the ranking.
--
-- The vector is stored in article.search_vector and maintained by triggers, not a generated column: it depends on other
-- rows (tags), and a generated column could not follow them.

create extension if not exists unaccent;

-- Flyway clean (tests, resetting a dev database) drops extensions and functions but not text search objects; without
-- these a cleaned database could not migrate again. On a database that never had them they do nothing.
drop text search configuration if exists kiosque_french;
drop text search dictionary if exists kiosque_french_stop;

-- The French stop list, checked on the word as written (lower-cased): stop words end here, other words go on.
create text search dictionary kiosque_french_stop (template = pg_catalog.simple, stopwords = french, accept = false);

create text search configuration kiosque_french (copy = pg_catalog.french);
alter text search configuration kiosque_french
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part
    with kiosque_french_stop, unaccent, french_stem;

-- Text as the analyser should see it:
--   * U+02BC (modifier letter apostrophe) becomes an apostrophe;
--   * "<" becomes U+E002: article text is plain text, but the parser would take "<b>" or "<script>" for markup and
--     leave it out of snippets. The application turns U+E002 back into "&lt;";
--   * the private-use characters U+E000 to U+E002, which snippets use as markers, are removed from the content, so no
--     content can forge a highlight.
create function kiosque_search_text(value text) returns text
    language sql immutable parallel safe
    return translate(coalesce(value, ''), U&'\02BC<\E000\E001\E002', U&'''\E002');

-- A reader's query in web-search syntax: words are all required, "quoted words" are a phrase, -word excludes,
-- "or" between words means either. Never fails: punctuation is ignored, and a query of only stop words or punctuation
-- is empty and matches nothing.
create function kiosque_search_query(query text) returns tsquery
    language sql immutable parallel safe
    return websearch_to_tsquery('kiosque_french', kiosque_search_text(query));

-- The words of a body a reader reads, in order: heading, paragraph and quote text, image captions; the lead image
-- caption first.
create function kiosque_article_body_text(lead_image jsonb, body jsonb) returns text
    language sql immutable parallel safe
    return concat_ws(E'\n', lead_image ->> 'caption',
        (select string_agg(case block ->> 'type' when 'image' then block ->> 'caption' else block ->> 'text' end,
                           E'\n' order by position)
         from jsonb_array_elements(case jsonb_typeof(body) when 'array' then body else '[]' end)
              with ordinality as blocks(block, position)));

-- Names and aliases of an article's tags.
create function kiosque_article_tag_text(article_id uuid) returns text
    language sql stable parallel safe
    return (select string_agg(concat_ws(E'\n', t.name,
                                        (select string_agg(alias, E'\n') from jsonb_array_elements_text(t.aliases) alias)),
                              E'\n' order by at.position)
            from article_tag at join tag t on t.id = at.tag_id
            where at.article_id = kiosque_article_tag_text.article_id);

create function kiosque_article_search_vector(headline text, standfirst text, lead_image jsonb, body jsonb,
                                              tag_text text) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('kiosque_french', kiosque_search_text(headline)), 'A')
        || setweight(to_tsvector('kiosque_french', kiosque_search_text(standfirst)), 'B')
        || setweight(to_tsvector('kiosque_french', kiosque_search_text(kiosque_article_body_text(lead_image, body))), 'C')
        || setweight(to_tsvector('kiosque_french', kiosque_search_text(tag_text)), 'D');

-- What queries call (inlined by the planner, so "search_vector @@ query" can use the GIN index).
create function kiosque_search_matches(vector tsvector, query text) returns boolean
    language sql immutable parallel safe
    return vector @@ kiosque_search_query(query);

-- Cover density (proximity of the query's words counts), divided by 1 + log(length): long articles do not win by
-- length alone.
create function kiosque_search_rank(vector tsvector, query text) returns real
    language sql immutable parallel safe
    return ts_rank_cd(vector, kiosque_search_query(query), 1);

-- Up to two fragments of the standfirst and body around the matches, highlights between U+E000 and U+E001. The
-- application escapes the text for HTML and turns the markers into <mark> elements (and U+E002 into "&lt;").
create function kiosque_search_snippet(standfirst text, lead_image jsonb, body jsonb, query text) returns text
    language sql immutable parallel safe
    return ts_headline('kiosque_french',
                       kiosque_search_text(concat_ws(E'\n', standfirst, kiosque_article_body_text(lead_image, body))),
                       kiosque_search_query(query),
                       'StartSel=' || U&'\E000' || ', StopSel=' || U&'\E001'
                           || ', MaxFragments=2, MaxWords=25, MinWords=10, ShortWord=2, FragmentDelimiter=" … "');

alter table article add column search_vector tsvector;
-- Keep the vector in the table row (compressed if need be) rather than out of line in TOAST, where a 2-4 kB vector
-- otherwise goes: ranking reads the vector of every match, and fetching it from TOAST made that 4-5 times slower on
-- 100k articles. The body, the larger column, goes to TOAST instead; list pages never read it.
alter table article alter column search_vector set storage main;

-- Content changes: recompute while the row is written. Updates that leave the text alone (status, publication) keep
-- the vector: the WHEN clause skips them.
create function kiosque_article_search_vector_refresh() returns trigger
    language plpgsql as
$$
begin
    new.search_vector := kiosque_article_search_vector(new.headline, new.standfirst, new.lead_image, new.body,
                                                       kiosque_article_tag_text(new.id));
    return new;
end
$$;

create trigger article_search_vector_insert
    before insert on article
    for each row execute function kiosque_article_search_vector_refresh();

create trigger article_search_vector_update
    before update of headline, standfirst, lead_image, body on article
    for each row
    when (old.headline is distinct from new.headline or old.standfirst is distinct from new.standfirst
          or old.lead_image is distinct from new.lead_image or old.body is distinct from new.body)
    execute function kiosque_article_search_vector_refresh();

-- Recomputes the vectors of the given articles from their stored text (sets search_vector only, so the triggers
-- above do not fire again).
create function kiosque_refresh_article_search_vectors(article_ids uuid[]) returns void
    language sql as
$$
update article a
set search_vector = kiosque_article_search_vector(a.headline, a.standfirst, a.lead_image, a.body,
                                                  kiosque_article_tag_text(a.id))
where a.id = any (article_ids);
$$;

-- Tagging and untagging: once per statement, for every article the statement touched. PostgreSQL allows transition
-- tables on single-event triggers only, hence three triggers.
create function kiosque_article_tag_search_refresh() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        perform kiosque_refresh_article_search_vectors(array(select distinct article_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform kiosque_refresh_article_search_vectors(array(select distinct article_id from old_rows));
    else
        perform kiosque_refresh_article_search_vectors(
            array(select article_id from new_rows union select article_id from old_rows));
    end if;
    return null;
end
$$;

create trigger article_tag_search_insert
    after insert on article_tag referencing new table as new_rows
    for each statement execute function kiosque_article_tag_search_refresh();
create trigger article_tag_search_update
    after update on article_tag referencing old table as old_rows new table as new_rows
    for each statement execute function kiosque_article_tag_search_refresh();
create trigger article_tag_search_delete
    after delete on article_tag referencing old table as old_rows
    for each statement execute function kiosque_article_tag_search_refresh();

-- A renamed tag, or new aliases: every article carrying it. (A tag on many articles makes this a large update.)
create function kiosque_tag_search_refresh() returns trigger
    language plpgsql as
$$
begin
    perform kiosque_refresh_article_search_vectors(
        array(select article_id from article_tag where tag_id = new.id));
    return null;
end
$$;

create trigger tag_search_update
    after update of name, aliases on tag
    for each row
    when (old.name is distinct from new.name or old.aliases is distinct from new.aliases)
    execute function kiosque_tag_search_refresh();

-- Existing articles.
update article a
set search_vector = kiosque_article_search_vector(a.headline, a.standfirst, a.lead_image, a.body,
                                                  kiosque_article_tag_text(a.id));
alter table article alter column search_vector set not null;

create index article_search_idx on article using gin (search_vector);
