-- Search benchmark dataset: :articles articles (default 100000) of French-like text on a migrated Kiosque database
-- (run the application once against it first so Flyway creates the schema, with the seed article as demo content).
--   psql -v articles=100000 -d kiosque_search_bench -f src/test/bench/search-dataset.sql
-- Three words in four come from a French vocabulary with a skewed distribution, from words in nearly every article
-- ("gouvernement") to words in a third of them ("Corée"); one in four is a made-up three-syllable word (8,000 of them,
-- each in about 1 % of the articles, like the names of a real corpus); "Koursk" is in one article in a thousand.
-- 95 % of the articles are published.
\set ON_ERROR_STOP on
\if :{?articles}
\else
\set articles 100000
\endif

begin;
-- Bulk load without per-row triggers and foreign-key checks; the search vectors are computed once at the end, as the
-- V3 migration does for existing rows.
set local session_replication_role = replica;

create temporary table vocabulary on commit drop as
select string_to_array(
    'gouvernement président ministre pays guerre conflit politique accord sécurité économie élections réforme '
    || 'international européen France Russie Moscou Paris Washington Chine Pékin Allemagne Berlin Europe sommet '
    || 'alliance coopération militaire diplomatique rencontre soutien stratégique armée défense frontière crise '
    || 'négociations sanctions énergie gaz pétrole prix marché entreprise emploi croissance budget dette impôts '
    || 'parlement assemblée sénat loi vote opposition majorité gauche droite syndicat grève manifestation police '
    || 'justice tribunal procès enquête juge avocat prison victime attentat terrorisme menace renseignement '
    || 'Corée Pyongyang Séoul Japon Tokyo Inde Iran Israël Gaza Liban Syrie Turquie Ukraine Kiev Pologne '
    || 'Afrique Sahel Mali Niger Algérie Maroc Tunisie Égypte Brésil Argentine Mexique Canada Québec '
    || 'climat environnement sécheresse inondations agriculture agriculteurs eau forêt biodiversité pollution '
    || 'santé hôpital médecins vaccin épidémie école enseignants élèves université recherche science technologie '
    || 'numérique intelligence artificielle données réseau internet téléphone satellite espace fusée '
    || 'culture cinéma festival musique livre exposition musée théâtre sport football rugby tennis cyclisme '
    || 'olympique champion équipe match victoire défaite saison entraîneur joueur stade supporters '
    || 'déclaration communiqué agence officiel porte-parole conférence presse journaliste médias télévision '
    || 'ville région département commune maire préfet habitants quartier logement transport train métro '
    || 'semaine année mois jour matin soir dimanche lundi histoire avenir décision projet plan mesure '
    || 'importante nouvelle grande première dernière prochaine nationale publique sociale économique '
    || 'affirme annonce estime souligne rappelle explique indique précise dénonce propose refuse accepte '
    || 'nord sud ukrainien Kherson Zaporijia Donbass Crimée Vladivostok Sakhaline Mandchourie Kaliningrad',
    ' ') as words,
    string_to_array('ba lo ri zu ten mar vil co dé chan tor gni pla sé rou qua fen bri nau sol', ' ') as syllables;

create function pg_temp.words(n int, skew float8) returns text language sql volatile as $$
    select string_agg(case when random() < 0.25
                           then v.syllables[1 + floor(random() * 20)::int] || v.syllables[1 + floor(random() * 20)::int]
                                || v.syllables[1 + floor(random() * 20)::int]
                           else v.words[1 + floor(power(random(), skew) * cardinality(v.words))::int] end, ' ')
    from generate_series(1, n), vocabulary v
$$;

create function pg_temp.sentence(n int) returns text language sql volatile as $$
    select initcap(pg_temp.words(1, 3)) || ' ' || pg_temp.words(n - 1, 3) || '.'
$$;

insert into section (id, slug, name, position, created_at, updated_at)
select gen_random_uuid(), 'bench-section-' || i, 'Rubrique ' || i, i, now(), now()
from generate_series(1, 12) i;

insert into author (id, slug, name, created_at, updated_at)
select gen_random_uuid(), 'bench-author-' || i, 'Auteur ' || i, now(), now()
from generate_series(1, 200) i;

insert into tag (id, slug, name, type, aliases, created_at, updated_at)
select gen_random_uuid(), 'bench-tag-' || i, initcap(pg_temp.words(2, 3)) || ' ' || i, 'organisation',
       jsonb_build_array('Alias ' || i), now(), now()
from generate_series(1, 500) i;

create temporary table ids on commit drop as
select i, gen_random_uuid() as id from generate_series(1, :articles) i;

insert into article (id, slug, headline, standfirst, body, language, section_id, status, created_at, updated_at,
                     published_at, first_published_at, word_count, reading_time_minutes, search_vector)
select ids.id, 'bench-' || ids.i, pg_temp.sentence(9),
       pg_temp.sentence(30) || case when ids.i % 997 = 0 then ' Les combats se poursuivent près de Koursk.' else '' end,
       (select jsonb_agg(case when p % 3 = 1
                              then jsonb_build_object('type', 'heading', 'text', pg_temp.sentence(7))
                              else jsonb_build_object('type', 'paragraph', 'text',
                                  pg_temp.sentence(40) || ' ' || pg_temp.sentence(25)) end order by p)
        from generate_series(1, 6 + ids.i % 3) p),
       'fr', (select id from section where slug = 'bench-section-' || (1 + ids.i % 12)),
       case when ids.i % 20 = 0 then 'draft' else 'published' end,
       t.at, t.at, case when ids.i % 20 = 0 then null else t.at end, case when ids.i % 20 = 0 then null else t.at end,
       400, 2, ''
from ids cross join lateral (select now() - random() * interval '5 years' + ids.i * interval '0 seconds' as at) t;

insert into article_author (article_id, author_id, position)
select ids.id, (select id from author where slug = 'bench-author-' || (1 + ids.i % 200)), 0 from ids;

insert into article_tag (article_id, tag_id, position)
select ids.id, (select id from tag where slug = 'bench-tag-' || (1 + (ids.i * 7 + n * 131) % 500)), n
from ids cross join generate_series(0, 2) n;

update article a
set search_vector = kiosque_article_search_vector(a.headline, a.standfirst, a.lead_image, a.body,
                                                  kiosque_article_tag_text(a.id))
where a.slug like 'bench-%';
commit;

vacuum analyze article;
vacuum analyze article_tag;
vacuum analyze article_author;
