-- Kiosque benchmark dataset: a realistic French newsroom, generated inside PostgreSQL.
--
-- Usage (normally through generate.sh, which also migrates the schema and records the dataset):
--   psql -v seed=42 -v articles=100000 -f src/bench/generate.sql <database>
--
-- * Runs on a database the application has already migrated (Flyway owns the schema): it writes only into the
--   V1 tables and always names its columns, so later migrations that add columns with defaults, triggers or
--   generated columns (search vectors, revisions...) keep working and compute what they compute in production.
-- * Deterministic: every random choice is a hash of (seed, purpose, row), never random(), so the same seed and size
--   give the same rows whatever the plan, parallelism or chunking. The newsroom (50 sections, 2,000 authors,
--   500 tags) is the same at every size: only the depth of the archive changes, which is what the 100k/1k ratios
--   measure.
-- * Word counts follow ArticleText: every space-separated token of generated text holds exactly one word
--   ("Jong-un", "l'Ukraine", "d'État" are one word each; French punctuation is glued to a word with a no-break
--   space), so a count of tokens is the count the application derives. check-word-counts.sh verifies it with the
--   application's own class.
-- * Publication dates are spread over the ten years before the fixed anchor 2026-01-01T00:00:00Z, so a dataset
--   does not depend on the day it was generated.

\set ON_ERROR_STOP on
\if :{?seed}
\else
\set seed 42
\endif
\if :{?articles}
\else
\set articles 1000
\endif
\if :{?chunk}
\else
\set chunk 20000
\endif

set client_min_messages = warning;
-- A lost dataset is regenerated, so durability is not worth a flush per chunk.
set synchronous_commit = off;
select set_config('bench.seed', :'seed', false) as _seed \gset

-- Refuse to mix a dataset with existing content.
do $$
begin
    if exists (select 1 from article) or exists (select 1 from section) or exists (select 1 from tag) then
        raise exception 'generate.sql: content tables are not empty; generate into a freshly migrated database';
    end if;
end
$$;

-- Deterministic randomness: a non-negative 63-bit hash of (seed, key), and its uniform [0, 1) form.
create function pg_temp.h(k text) returns bigint language sql stable
    return hashtextextended(k, current_setting('bench.seed')::bigint) & 9223372036854775807;
create function pg_temp.u(k text) returns float8 language sql stable
    return (pg_temp.h(k) >> 11)::float8 / 4503599627370496.0;
create function pg_temp.uid(k text) returns uuid language sql stable
    return md5(current_setting('bench.seed') || ':' || k)::uuid;
-- Slugs as io.kiosque.common.Slugs makes them: ligatures expanded, accents stripped, other runs become one hyphen.
create function pg_temp.slugify(t text) returns text language sql immutable
    return trim(both '-' from regexp_replace(lower(regexp_replace(normalize(
        replace(replace(replace(replace(t, 'œ', 'oe'), 'Œ', 'Oe'), 'æ', 'ae'), 'Æ', 'Ae'), NFKD),
        '[\u0300-\u036f]', '', 'g')), '[^a-z0-9]+', '-', 'g'));
-- Number of words of generated text: its space-separated tokens (see the header).
create function pg_temp.words(t text) returns int language sql immutable
    return coalesce(array_length(string_to_array(t, ' '), 1), 0);

-- ---------------------------------------------------------------------------------------------------------------
-- Vocabulary
-- ---------------------------------------------------------------------------------------------------------------
create temp table v_subject as select n - 1 as idx, p from unnest(array[
    'le gouvernement', 'la ministre de la Culture', 'le président de la République', 'les syndicats',
    'l''opposition', 'la Commission européenne', 'le Premier ministre', 'les députés', 'les sénateurs',
    'la maire de Lyon', 'le patronat', 'les agriculteurs', 'les enseignants', 'la Cour des comptes',
    'le Conseil constitutionnel', 'les économistes', 'les habitants du quartier', 'la préfecture', 'les chercheurs',
    'la direction de l''entreprise', 'les élus locaux', 'le porte-parole du gouvernement', 'les observateurs',
    'la diplomatie française', 'les négociateurs', 'les médecins hospitaliers', 'l''état-major', 'la police',
    'les marchés financiers', 'la Banque centrale', 'les investisseurs', 'les associations', 'le tribunal',
    'les électeurs', 'la majorité présidentielle', 'les experts', 'le rapporteur du texte', 'les manifestants',
    'la fédération', 'les supporteurs', 'le ministre de l''Intérieur', 'la ministre des Armées',
    'les collectivités', 'le chef de l''État', 'les partenaires sociaux', 'la justice administrative']) with ordinality as v(p, n);
-- Verbs in the singular and the plural, so subjects agree with them.
create temp table v_verb as select n - 1 as idx, p, pl from unnest(array[
    'a annoncé', 'a dénoncé', 'a défendu', 'a présenté', 'a rejeté', 'a confirmé', 'a salué', 'a critiqué',
    'a proposé', 'a adopté', 'prépare', 'envisage', 'redoute', 'conteste', 'soutient', 'réclame', 'examine',
    'a suspendu', 'a relancé', 'a reporté', 'a durci', 'a assoupli', 'a financé', 'a obtenu', 'a signé', 'a ouvert',
    'a lancé', 'a publié', 'a révélé', 'a reconnu', 'a remis en cause', 'a tenté de sauver', 'veut accélérer',
    'entend réformer', 'refuse de commenter', 'a voté', 'a négocié', 'a garanti', 'promet', 'a évoqué'], array[
    'ont annoncé', 'ont dénoncé', 'ont défendu', 'ont présenté', 'ont rejeté', 'ont confirmé', 'ont salué',
    'ont critiqué', 'ont proposé', 'ont adopté', 'préparent', 'envisagent', 'redoutent', 'contestent', 'soutiennent',
    'réclament', 'examinent', 'ont suspendu', 'ont relancé', 'ont reporté', 'ont durci', 'ont assoupli', 'ont financé',
    'ont obtenu', 'ont signé', 'ont ouvert', 'ont lancé', 'ont publié', 'ont révélé', 'ont reconnu',
    'ont remis en cause', 'ont tenté de sauver', 'veulent accélérer', 'entendent réformer', 'refusent de commenter',
    'ont voté', 'ont négocié', 'ont garanti', 'promettent', 'ont évoqué']) with ordinality as v(p, pl, n);
create temp table v_object as select n - 1 as idx, p from unnest(array[
    'une réforme des retraites', 'le projet de loi de finances', 'un plan d''investissement',
    'la hausse des prix de l''énergie', 'un accord commercial', 'les sanctions économiques',
    'la réforme de l''assurance chômage', 'un nouveau traité', 'le budget de la défense', 'la transition écologique',
    'un cessez-le-feu', 'la politique migratoire', 'les aides aux agriculteurs', 'un programme de recherche',
    'la réduction du déficit public', 'le plan de relance', 'la réforme du lycée', 'un projet d''autoroute',
    'la fermeture de l''usine', 'une enquête parlementaire', 'la nomination du nouveau directeur',
    'les négociations salariales', 'une alliance stratégique', 'le soutien militaire', 'la sécurité alimentaire',
    'la protection des données personnelles', 'un référendum local', 'la construction de logements sociaux',
    'la hausse du salaire minimum', 'le déploiement des éoliennes en mer',
    'la régulation de l''intelligence artificielle', 'la candidature de la ville aux Jeux',
    'la taxe sur les transactions financières', 'un dispositif d''aide aux étudiants', 'la réouverture des frontières',
    'le financement des hôpitaux', 'la stratégie nationale bas carbone', 'un accord de libre-échange',
    'la réforme de la justice pénale', 'la modernisation du réseau ferroviaire', 'le prix de l''électricité',
    'la relocalisation de l''industrie', 'la réforme du code du travail', 'le plan de sobriété énergétique']) with ordinality as v(p, n);
create temp table v_complement as select n - 1 as idx, p from unnest(array[
    'dès la rentrée', 'malgré les critiques', 'sous la pression de la rue', 'après des semaines de négociations',
    'à quelques mois des élections', 'selon un document consulté par Kiosque', 'lors d''une conférence de presse',
    'dans un contexte de forte inflation', 'au grand dam de l''opposition', 'sans attendre le vote du Parlement',
    'pour la troisième fois cette année', 'face à la colère des habitants', 'avec le soutien de Bruxelles',
    'en dépit des avertissements des experts', 'à l''issue d''un conseil des ministres', 'dans les prochains jours',
    'depuis le début de la crise', 'au terme d''un long débat', 'selon plusieurs sources concordantes',
    'dans un entretien accordé à la presse régionale', 'au cœur de l''été', 'lors du sommet de printemps',
    'jusqu''à la fin de l''année', 'sur fond de tensions diplomatiques', 'avant la trêve des confiseurs',
    'dans la plus grande discrétion', 'à la surprise générale', 'pour rassurer les marchés', 'au lendemain du scrutin',
    'en pleine campagne électorale', 'aujourd''hui encore', 'quitte à froisser ses alliés']) with ordinality as v(p, n);
-- Quoted remarks: French quotes with no-break spaces inside, glued to the first and last word.
create temp table v_quote as select n - 1 as idx, p from unnest(array[
    'nous ne reculerons pas', 'c''est une étape décisive', 'la situation reste préoccupante',
    'il faut aller plus vite', 'personne ne sortira gagnant de cette crise', 'le compte n''y est pas',
    'nous avons été entendus', 'rien n''est encore joué', 'cette décision est historique',
    'le dialogue reste ouvert']) with ordinality as v(p, n);
create temp table v_heading as select n - 1 as idx, p from unnest(array[
    'Un partenariat en pleine expansion', 'Les réactions internationales', 'Une réforme contestée',
    'Ce que prévoit le texte', 'Les prochaines étapes', 'Un calendrier serré', 'Des doutes sur le financement',
    'La riposte de l''opposition', 'Un précédent historique', 'Le poids de l''histoire',
    'Des conséquences économiques', 'Sur le terrain', 'Une bataille juridique', 'Le silence de l''Élysée',
    'Des chiffres en trompe-l''œil', 'Une sortie de crise incertaine', 'Les coulisses d''une négociation',
    'Un pari risqué', 'La colère des élus locaux', 'Des promesses à tenir', 'Un enjeu européen',
    'Le rôle clé des régions', 'Des alliances fragiles', 'Une opinion divisée']) with ordinality as v(p, n);

select (select count(*) from v_subject) as n_subject, (select count(*) from v_verb) as n_verb,
       (select count(*) from v_object) as n_object, (select count(*) from v_complement) as n_complement,
       (select count(*) from v_quote) as n_quote, (select count(*) from v_heading) as n_heading \gset

-- A pool of sentences that bodies are cut from. Three shapes, about 15 to 25 words each.
create temp table sentence as
select s.id, t.text, pg_temp.words(t.text) as words
from generate_series(0, 19999) s(id)
cross join lateral (
    select subj.p as subj,
           (select case when subj.p like 'les %' then pl else p end from v_verb
            where idx = pg_temp.h('sv' || s.id) % :n_verb) as verb,
           (select p from v_object where idx = pg_temp.h('so' || s.id) % :n_object) as obj,
           (select p from v_complement where idx = pg_temp.h('sc' || s.id) % :n_complement) as compl,
           (select p from v_quote where idx = pg_temp.h('sq' || s.id) % :n_quote) as quote,
           pg_temp.h('sf' || s.id) % 4 as shape
    from v_subject subj where subj.idx = pg_temp.h('ss' || s.id) % :n_subject) w
cross join lateral (select case w.shape
    when 0 then upper(left(w.compl, 1)) || substr(w.compl, 2) || ', ' || w.subj || ' ' || w.verb || ' ' || w.obj || '.'
    when 1 then upper(left(w.subj, 1)) || substr(w.subj, 2) || ' ' || w.verb || ' ' || w.obj || ' ' || w.compl
        || E', «\u00a0' || w.quote || E'\u00a0», selon un proche du dossier.'
    else upper(left(w.subj, 1)) || substr(w.subj, 2) || ' ' || w.verb || ' ' || w.obj || ' ' || w.compl || '.'
    end as text) t;
create unique index on sentence (id);
create temp table heading as select idx as id, p as text, pg_temp.words(p) as words from v_heading;
create unique index on heading (id);

-- ---------------------------------------------------------------------------------------------------------------
-- Sections: 12 fronts and 38 subsections.
-- ---------------------------------------------------------------------------------------------------------------
create temp table g_section as
select n - 1 as idx, name, parent, pg_temp.slugify(name) as slug, pg_temp.uid('section:' || name) as id
from unnest(array[
    'International', 'France', 'Politique', 'Économie', 'Société', 'Planète', 'Sciences', 'Culture', 'Sport', 'Idées',
    'Régions', 'Tech',
    'Europe', 'Asie', 'Afrique', 'Amériques', 'Moyen-Orient', 'Océanie',
    'Justice', 'Éducation', 'Santé', 'Immigration',
    'Élections', 'Parlement', 'Gouvernement',
    'Entreprises', 'Marchés', 'Emploi', 'Énergie', 'Agriculture',
    'Religions', 'Famille', 'Logement',
    'Climat', 'Biodiversité',
    'Espace', 'Médecine',
    'Cinéma', 'Musique', 'Livres', 'Arts', 'Télévision',
    'Football', 'Rugby', 'Tennis', 'Cyclisme', 'Jeux olympiques',
    'Bretagne', 'Occitanie', 'Auvergne-Rhône-Alpes'], array[
    null, null, null, null, null, null, null, null, null, null, null, null,
    'International', 'International', 'International', 'International', 'International', 'International',
    'France', 'France', 'France', 'France',
    'Politique', 'Politique', 'Politique',
    'Économie', 'Économie', 'Économie', 'Économie', 'Économie',
    'Société', 'Société', 'Société',
    'Planète', 'Planète',
    'Sciences', 'Sciences',
    'Culture', 'Culture', 'Culture', 'Culture', 'Culture',
    'Sport', 'Sport', 'Sport', 'Sport', 'Sport',
    'Régions', 'Régions', 'Régions']) with ordinality as s(name, parent, n);

insert into section (id, slug, name, description, parent_id, position, created_at, updated_at, version)
select s.id, s.slug, s.name, 'L''actualité ' || s.name || ' : analyses, enquêtes et reportages.',
       p.id, s.idx, timestamptz '2015-06-01 00:00:00+00', timestamptz '2015-06-01 00:00:00+00', 0
from g_section s left join g_section p on p.name = s.parent
order by s.parent nulls first, s.idx;

-- Sections in order of traffic (a seeded shuffle), for the skewed draw below.
create temp table section_rank as
select row_number() over (order by pg_temp.h('secrank:' || idx)) - 1 as rank, id from g_section;
create unique index on section_rank (rank);

-- ---------------------------------------------------------------------------------------------------------------
-- People: 2,000 authors and the person tags, from distinct first name / last name pairs.
-- ---------------------------------------------------------------------------------------------------------------
create temp table g_person as
select row_number() over (order by pg_temp.h('person:' || f.n || ':' || l.n)) - 1 as idx, f.first || ' ' || l.last as name
from unnest(array['Marline', 'Camille', 'Julien', 'Sophie', 'Thomas', 'Claire', 'Nicolas', 'Élodie', 'Antoine',
    'Hélène', 'Mathieu', 'Léa', 'François', 'Chloé', 'Benoît', 'Inès', 'Sébastien', 'Manon', 'Olivier', 'Zoé',
    'Raphaël', 'Agnès', 'Yannick', 'Mélanie', 'Grégoire', 'Aurélie', 'Rémi', 'Justine', 'Laurent', 'Noémie', 'Karim',
    'Fatou', 'Hugo', 'Anaïs', 'Jérôme', 'Céline', 'Louis', 'Margaux', 'Pierre', 'Amélie', 'Stéphane', 'Sarah',
    'Mehdi', 'Nathalie', 'Arnaud', 'Clémence', 'Cédric', 'Juliette', 'Loïc', 'Valérie', 'Tristan', 'Isabelle',
    'Samuel', 'Lucie', 'Hervé', 'Gaëlle', 'Damien', 'Laure', 'Bruno', 'Maëlle']) with ordinality as f(first, n)
cross join unnest(array['Contrasty', 'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit',
    'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux',
    'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefebvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet',
    'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry',
    'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine',
    'Chevalier', 'Robin', 'Masson', 'Sanchez', 'Gérard', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly',
    'Gautier', 'Roger', 'Roche', 'Roy', 'Noël', 'Meyer', 'Lucas', 'Meunier', 'Jean', 'Perez', 'Marchand', 'Dufour',
    'Blanchard', 'Barbier', 'Brun', 'Dumas', 'Brunet', 'Schmitt', 'Leroux', 'Colin', 'Benali', 'Diallo', 'Le Goff',
    'Kervella', 'Ben Saïd', 'De Almeida']) with ordinality as l(last, n);
create unique index on g_person (idx);

insert into author (id, slug, name, bio, job_title, avatar_url, links, email, created_at, updated_at, version)
select pg_temp.uid('author:' || p.idx), pg_temp.slugify(p.name), p.name,
       'Journaliste au service ' || s.name || ', ' || (array['spécialiste de', 'chargé du suivi de', 'attentive à',
           'passionné par'])[1 + pg_temp.h('bio:' || p.idx) % 4] || ' ' || o.p || '.',
       (array['Journaliste', 'Journaliste politique', 'Reporter', 'Correspondant', 'Rédactrice en chef adjointe',
           'Chef de service', 'Éditorialiste', 'Envoyée spéciale'])[1 + pg_temp.h('job:' || p.idx) % 8],
       case when pg_temp.u('avatar:' || p.idx) < 0.7
           then 'https://images.kiosque.example/authors/' || pg_temp.slugify(p.name) || '.jpg' end,
       case when pg_temp.u('links:' || p.idx) < 0.4
           then jsonb_build_array(jsonb_build_object('label', 'Bluesky', 'url',
               'https://bsky.app/profile/' || pg_temp.slugify(p.name) || '.example'))
           else '[]'::jsonb end,
       pg_temp.slugify(p.name) || '@kiosque.example',
       timestamptz '2015-06-01 00:00:00+00' + (pg_temp.h('acr:' || p.idx) % 3600) * interval '1 day',
       timestamptz '2025-12-01 00:00:00+00', 0
from g_person p
join g_section s on s.idx = pg_temp.h('asec:' || p.idx) % 50
join v_object o on o.idx = pg_temp.h('aobj:' || p.idx) % :n_object
where p.idx < 2000;

create temp table author_rank as
select row_number() over (order by pg_temp.h('authrank:' || id)) - 1 as rank, id from author;
create unique index on author_rank (rank);

-- ---------------------------------------------------------------------------------------------------------------
-- Tags: 500 entities of the three types. Countries carry their real ISO 3166-1 alpha-2 code; Wikidata QIDs only
-- where they are well known.
-- ---------------------------------------------------------------------------------------------------------------
create temp table g_tag (name text, type text, iso_code text, wikidata_id text);
insert into g_tag (name, type, iso_code, wikidata_id)
select name, 'country', code, nullif(qid, '') from (values
    ('France', 'FR', 'Q142'), ('Allemagne', 'DE', 'Q183'), ('Italie', 'IT', 'Q38'), ('Espagne', 'ES', 'Q29'),
    ('Portugal', 'PT', 'Q45'), ('Belgique', 'BE', 'Q31'), ('Pays-Bas', 'NL', 'Q55'), ('Luxembourg', 'LU', ''),
    ('Suisse', 'CH', 'Q39'), ('Autriche', 'AT', 'Q40'), ('Royaume-Uni', 'GB', 'Q145'), ('Irlande', 'IE', 'Q27'),
    ('Danemark', 'DK', 'Q35'), ('Suède', 'SE', 'Q34'), ('Norvège', 'NO', 'Q20'), ('Finlande', 'FI', 'Q33'),
    ('Islande', 'IS', ''), ('Pologne', 'PL', 'Q36'), ('Tchéquie', 'CZ', ''), ('Slovaquie', 'SK', ''),
    ('Hongrie', 'HU', ''), ('Roumanie', 'RO', ''), ('Bulgarie', 'BG', ''), ('Grèce', 'GR', 'Q41'),
    ('Croatie', 'HR', ''), ('Slovénie', 'SI', ''), ('Serbie', 'RS', ''), ('Bosnie-Herzégovine', 'BA', ''),
    ('Monténégro', 'ME', ''), ('Albanie', 'AL', ''), ('Macédoine du Nord', 'MK', ''), ('Moldavie', 'MD', ''),
    ('Ukraine', 'UA', 'Q212'), ('Biélorussie', 'BY', ''), ('Russie', 'RU', 'Q159'), ('Lituanie', 'LT', ''),
    ('Lettonie', 'LV', ''), ('Estonie', 'EE', ''), ('Géorgie', 'GE', ''), ('Arménie', 'AM', ''),
    ('Azerbaïdjan', 'AZ', ''), ('Turquie', 'TR', 'Q43'), ('Chypre', 'CY', ''), ('Malte', 'MT', ''),
    ('Kazakhstan', 'KZ', ''), ('Ouzbékistan', 'UZ', ''), ('Chine', 'CN', 'Q148'), ('Japon', 'JP', 'Q17'),
    ('Corée du Sud', 'KR', 'Q884'), ('Corée du Nord', 'KP', 'Q423'), ('Taïwan', 'TW', ''), ('Mongolie', 'MN', ''),
    ('Inde', 'IN', 'Q668'), ('Pakistan', 'PK', ''), ('Afghanistan', 'AF', ''), ('Bangladesh', 'BD', ''),
    ('Sri Lanka', 'LK', ''), ('Népal', 'NP', ''), ('Birmanie', 'MM', ''), ('Thaïlande', 'TH', ''),
    ('Viêt Nam', 'VN', ''), ('Cambodge', 'KH', ''), ('Laos', 'LA', ''), ('Malaisie', 'MY', ''),
    ('Singapour', 'SG', ''), ('Indonésie', 'ID', ''), ('Philippines', 'PH', ''), ('Australie', 'AU', 'Q408'),
    ('Nouvelle-Zélande', 'NZ', ''), ('Iran', 'IR', 'Q794'), ('Irak', 'IQ', 'Q796'), ('Syrie', 'SY', 'Q858'),
    ('Liban', 'LB', ''), ('Israël', 'IL', 'Q801'), ('Palestine', 'PS', ''), ('Jordanie', 'JO', ''),
    ('Arabie saoudite', 'SA', ''), ('Émirats arabes unis', 'AE', ''), ('Qatar', 'QA', ''), ('Koweït', 'KW', ''),
    ('Oman', 'OM', ''), ('Yémen', 'YE', ''), ('Égypte', 'EG', 'Q79'), ('Libye', 'LY', ''), ('Tunisie', 'TN', 'Q948'),
    ('Algérie', 'DZ', 'Q262'), ('Maroc', 'MA', 'Q1028'), ('Mauritanie', 'MR', ''), ('Sénégal', 'SN', ''),
    ('Mali', 'ML', ''), ('Burkina Faso', 'BF', ''), ('Niger', 'NE', ''), ('Tchad', 'TD', ''), ('Nigeria', 'NG', ''),
    ('Ghana', 'GH', ''), ('Côte d''Ivoire', 'CI', ''), ('Guinée', 'GN', ''), ('Cameroun', 'CM', ''),
    ('Gabon', 'GA', ''), ('Congo', 'CG', ''), ('République démocratique du Congo', 'CD', ''),
    ('Centrafrique', 'CF', ''), ('Soudan', 'SD', ''), ('Soudan du Sud', 'SS', ''), ('Éthiopie', 'ET', ''),
    ('Érythrée', 'ER', ''), ('Somalie', 'SO', ''), ('Kenya', 'KE', ''), ('Ouganda', 'UG', ''), ('Rwanda', 'RW', ''),
    ('Burundi', 'BI', ''), ('Tanzanie', 'TZ', ''), ('Mozambique', 'MZ', ''), ('Angola', 'AO', ''),
    ('Afrique du Sud', 'ZA', 'Q258'), ('Zimbabwe', 'ZW', ''), ('Madagascar', 'MG', ''), ('Haïti', 'HT', ''),
    ('États-Unis', 'US', 'Q30'), ('Canada', 'CA', 'Q16'), ('Mexique', 'MX', 'Q96'), ('Cuba', 'CU', ''),
    ('Venezuela', 'VE', ''), ('Colombie', 'CO', ''), ('Pérou', 'PE', ''), ('Brésil', 'BR', 'Q155'),
    ('Argentine', 'AR', 'Q414'), ('Chili', 'CL', ''), ('Bolivie', 'BO', ''), ('Équateur', 'EC', ''),
    ('Uruguay', 'UY', ''), ('Paraguay', 'PY', ''), ('Nicaragua', 'NI', ''), ('Guatemala', 'GT', '')
) c(name, code, qid);
insert into g_tag (name, type, wikidata_id)
select name, 'organisation', nullif(qid, '') from (values
    ('Union européenne', 'Q458'), ('Organisation des Nations unies', 'Q1065'), ('OTAN', 'Q7184'),
    ('Fonds monétaire international', 'Q7804'), ('Organisation mondiale de la santé', 'Q7817'),
    ('Banque mondiale', 'Q7164'), ('Unesco', 'Q7809'), ('Banque centrale européenne', 'Q8901'),
    ('Commission européenne', ''), ('Parlement européen', ''), ('Conseil de l''Europe', ''),
    ('Cour pénale internationale', ''), ('Organisation mondiale du commerce', ''), ('OCDE', ''), ('G7', ''),
    ('G20', ''), ('Union africaine', ''), ('Ligue arabe', ''), ('Asean', ''),
    ('Organisation internationale de la francophonie', ''), ('Croix-Rouge', ''), ('Médecins sans frontières', ''),
    ('Amnesty International', ''), ('Greenpeace', ''), ('Human Rights Watch', ''), ('Reporters sans frontières', ''),
    ('Agence internationale de l''énergie atomique', ''), ('Opep', ''), ('Interpol', ''), ('Europol', ''),
    ('Frontex', ''), ('Banque de France', ''), ('Assemblée nationale', ''), ('Sénat', ''),
    ('Conseil constitutionnel', ''), ('Conseil d''État', ''), ('Cour des comptes', ''), ('Élysée', ''),
    ('Matignon', ''), ('Quai d''Orsay', ''), ('SNCF', ''), ('RATP', ''), ('EDF', ''), ('Engie', ''),
    ('TotalEnergies', ''), ('Airbus', ''), ('Renault', ''), ('Stellantis', ''), ('Michelin', ''), ('Danone', ''),
    ('L''Oréal', ''), ('LVMH', ''), ('Sanofi', ''), ('BNP Paribas', ''), ('Société générale', ''),
    ('Crédit agricole', ''), ('Orange', ''), ('Bouygues', ''), ('Vinci', ''), ('Thales', ''),
    ('Dassault Aviation', ''), ('Safran', ''), ('Air France', ''), ('La Poste', ''), ('France Travail', ''),
    ('CGT', ''), ('CFDT', ''), ('Force ouvrière', ''), ('Medef', ''), ('FNSEA', ''), ('Insee', ''),
    ('Météo-France', ''), ('CNRS', ''), ('Inserm', ''), ('Institut Pasteur', ''), ('Agence France-Presse', ''),
    ('KCNA', ''), ('Kremlin', ''), ('Pentagone', ''), ('Maison Blanche', ''), ('Google', ''), ('Meta', ''),
    ('Apple', ''), ('Amazon', ''), ('Microsoft', ''), ('OpenAI', ''), ('Tesla', ''),
    ('Fédération française de football', ''), ('UEFA', ''), ('FIFA', ''), ('Comité international olympique', ''),
    ('Tour de France', ''), ('Roland-Garros', ''), ('Festival de Cannes', ''), ('Académie française', ''),
    ('Hamas', ''), ('Hezbollah', ''), ('Gazprom', ''), ('Rosatom', ''), ('Samsung', ''), ('Huawei', ''),
    ('TikTok', ''), ('Nvidia', ''), ('Mistral AI', ''), ('Ubisoft', ''), ('Netflix', ''), ('Alstom', ''),
    ('Veolia', ''), ('Orano', ''), ('Naval Group', '')
) o(name, qid);
-- The rest are people (fictional politicians, athletes, artists): pairs the authors do not use.
insert into g_tag (name, type)
select name, 'person' from g_person where idx >= 2000 order by idx
limit 500 - (select count(*) from g_tag);

insert into tag (id, slug, name, type, aliases, description, iso_code, wikidata_id, created_at, updated_at, version)
select pg_temp.uid('tag:' || t.name), pg_temp.slugify(t.name), t.name, t.type,
       '[]'::jsonb,
       case t.type when 'country' then 'Pays, code ISO ' || t.iso_code || '.'
           when 'organisation' then 'Organisation suivie par la rédaction.'
           else 'Personnalité citée dans l''actualité.' end,
       t.iso_code, t.wikidata_id, timestamptz '2015-06-01 00:00:00+00', timestamptz '2025-12-01 00:00:00+00', 0
from g_tag t;

-- Tags in order of popularity (a seeded shuffle), with the number of words of their name.
create temp table tag_rank as
select row_number() over (order by pg_temp.h('tagrank:' || t.slug)) - 1 as rank, t.id, t.name,
       pg_temp.words(t.name) as words
from tag t;
create unique index on tag_rank (rank);
select count(*) as n_tags from tag_rank \gset
select count(*) as n_authors from author_rank \gset

-- ---------------------------------------------------------------------------------------------------------------
-- Articles, in chunks (one transaction each).
-- ---------------------------------------------------------------------------------------------------------------
create function pg_temp.generate_articles(lo int, hi int) returns void language plpgsql as $generate$
declare
    anchor constant timestamptz := timestamptz '2026-01-01 00:00:00+00';
begin
    -- Who, when, where: status (91 % published, 6 % drafts, 3 % archived), dates, section, sizes.
    create temp table gen_meta on commit drop as
    select i, pg_temp.uid('article:' || i) as id, st.status,
           case when st.status <> 'draft'
               then anchor - date_trunc('second', pg_temp.u('pub:' || i) * interval '3652 days') end as published_at,
           case when pg_temp.u('nosec:' || i) < 0.01 then null
               else (select id from section_rank where rank = floor(50 * pg_temp.u('sec:' || i) ^ 1.6)::int) end
               as section_id,
           8 + (pg_temp.h('npar:' || i) % 4)::int as n_par,
           (array[1, 2, 2, 3, 3, 3, 4, 4, 5, 3])[1 + pg_temp.h('ntag:' || i) % 10] as n_tags,
           case when pg_temp.u('nauth:' || i) < 0.80 then 1 when pg_temp.u('nauth:' || i) < 0.97 then 2 else 3 end
               as n_authors
    from generate_series(lo, hi) i
    cross join lateral (select case when pg_temp.u('status:' || i) < 0.91 then 'published'
        when pg_temp.u('status:' || i) < 0.97 then 'draft' else 'archived' end as status) st;

    -- About three tags each: skewed draws among the 500, deduplicated, kept in draw order.
    create temp table gen_tag on commit drop as
    select i, tag_id, name, words, (row_number() over (partition by i order by k) - 1)::int as position
    from (
        select m.i, t.id as tag_id, t.name, t.words, min(k) as k, m.n_tags
        from gen_meta m
        cross join generate_series(1, 10) k
        join tag_rank t on t.rank = floor(current_setting('bench.n_tags')::int * pg_temp.u('tag:' || m.i || ':' || k) ^ 2.0)::int
        group by m.i, t.id, t.name, t.words, m.n_tags
    ) d;
    delete from gen_tag g using gen_meta m where g.i = m.i and g.position >= m.n_tags;

    create temp table gen_author on commit drop as
    select i, author_id, (row_number() over (partition by i order by k) - 1)::int as position
    from (
        select m.i, a.id as author_id, min(k) as k
        from gen_meta m
        cross join generate_series(1, 6) k
        join author_rank a on a.rank = floor(current_setting('bench.n_authors')::int * pg_temp.u('auth:' || m.i || ':' || k) ^ 1.8)::int
        group by m.i, a.id
    ) d;
    delete from gen_author g using gen_meta m where g.i = m.i and g.position >= m.n_authors;

    -- Paragraphs: 4 to 6 sentences of the pool; a subheading before every fourth paragraph.
    create temp table gen_para on commit drop as
    select p.i, p.k, string_agg(s.text, ' ' order by j) as text, sum(s.words)::int as words
    from (select m.i, k from gen_meta m cross join generate_series(1, m.n_par) k) p
    cross join lateral generate_series(1, 4 + (pg_temp.h('ps:' || p.i || ':' || p.k) % 3)::int) j
    join sentence s on s.id = pg_temp.h('pp:' || p.i || ':' || p.k || ':' || j) % 20000
    group by p.i, p.k;

    -- The lede names the article's entities, so search and entity detection find them in the text.
    create temp table gen_lede on commit drop as
    select i, 'Ce dossier concerne ' || string_agg(name, ', ' order by position) || '.' as text,
           3 + sum(words)::int as words,
           (array_agg(name order by position))[1] as first_name, (array_agg(words order by position))[1] as first_words
    from gen_tag group by i;

    create temp table gen_body on commit drop as
    select i, jsonb_agg(block order by ord) as body, sum(words)::int as words
    from (
        select p.i, p.k * 2 as ord, jsonb_build_object('type', 'paragraph', 'text',
                   case when p.k = 1 then l.text || ' ' || p.text else p.text end) as block,
               p.words + case when p.k = 1 then l.words else 0 end as words
        from gen_para p join gen_lede l on l.i = p.i
        union all
        select p.i, p.k * 2 - 1, jsonb_build_object('type', 'heading', 'text', h.text), h.words
        from gen_para p join heading h on h.id = pg_temp.h('hd:' || p.i || ':' || p.k) % current_setting('bench.n_heading')::int
        where p.k % 4 = 0
    ) b
    group by i;

    -- Headline: "<first entity> : <subject> <verb> <object>"; standfirst: one sentence of the pool.
    create temp table gen_text on commit drop as
    select m.i, hl.headline, hl.words as headline_words, s.text as standfirst, s.words as standfirst_words
    from gen_meta m
    join gen_lede l on l.i = m.i
    join sentence s on s.id = pg_temp.h('sf:' || m.i) % 20000
    cross join lateral (
        select l.first_name || E'\u00a0: ' || sj.p || ' ' || vf.verb || ' ' || o.p as headline,
               l.first_words + pg_temp.words(sj.p) + pg_temp.words(vf.verb) + pg_temp.words(o.p) as words
        from v_subject sj, v_verb v, v_object o,
             lateral (select case when sj.p like 'les %' then v.pl else v.p end as verb) vf
        where sj.idx = pg_temp.h('hs:' || m.i) % current_setting('bench.n_subject')::int
          and v.idx = pg_temp.h('hv:' || m.i) % current_setting('bench.n_verb')::int
          and o.idx = pg_temp.h('ho:' || m.i) % current_setting('bench.n_object')::int) hl;

    insert into article (id, slug, headline, standfirst, body, lead_image, language, section_id, status, created_at,
                         updated_at, published_at, first_published_at, word_count, reading_time_minutes, seo_title,
                         seo_description, version)
    select m.id,
           -- Headline slug cut at a hyphen, then the article number: unique, and within the 150-character limit.
           (select case when length(hs) > 130 then regexp_replace(left(hs, 131), '-[^-]*$', '') else hs end
            from pg_temp.slugify(t.headline) hs) || '-' || m.i,
           t.headline, t.standfirst, b.body,
           case when pg_temp.u('img:' || m.i) < 0.85 then jsonb_build_object(
               'url', 'https://images.kiosque.example/' || extract(year from coalesce(m.published_at, anchor))
                   || '/' || m.i || '.jpg',
               'caption', t.standfirst,
               'credit', (array['AFP', 'Reuters', 'AP', 'Kiosque', 'Hans Lucas'])[1 + pg_temp.h('cr:' || m.i) % 5],
               'alt', 'Illustration : ' || t.headline) end,
           'fr', m.section_id, m.status,
           coalesce(m.published_at, anchor - pg_temp.u('draft:' || m.i) * interval '3652 days')
               - date_trunc('second', pg_temp.u('created:' || m.i) * interval '2 days'),
           case when pg_temp.u('upd:' || m.i) < 0.25
               then least(anchor, coalesce(m.published_at, anchor - pg_temp.u('draft:' || m.i) * interval '3652 days')
                   + date_trunc('second', pg_temp.u('updby:' || m.i) * interval '5 days'))
               else coalesce(m.published_at, anchor - pg_temp.u('draft:' || m.i) * interval '3652 days') end,
           m.published_at, m.published_at,
           t.headline_words + t.standfirst_words + b.words,
           greatest(1, ceil((t.headline_words + t.standfirst_words + b.words) / 230.0))::int,
           case when pg_temp.u('seo:' || m.i) < 0.3 then left(t.headline, 300) end,
           case when pg_temp.u('seo:' || m.i) < 0.3 then left(t.standfirst, 500) end,
           1 + pg_temp.h('ver:' || m.i) % 4
    from gen_meta m
    join gen_text t on t.i = m.i
    join gen_body b on b.i = m.i
    order by m.i;

    insert into article_author (article_id, author_id, position)
    select m.id, g.author_id, g.position from gen_author g join gen_meta m on m.i = g.i order by m.i, g.position;
    insert into article_tag (article_id, tag_id, position)
    select m.id, g.tag_id, g.position from gen_tag g join gen_meta m on m.i = g.i order by m.i, g.position;
end
$generate$;

select set_config('bench.n_tags', :'n_tags', false) as _1, set_config('bench.n_authors', :'n_authors', false) as _2,
       set_config('bench.n_subject', :'n_subject', false) as _3, set_config('bench.n_verb', :'n_verb', false) as _4,
       set_config('bench.n_object', :'n_object', false) as _5,
       set_config('bench.n_heading', :'n_heading', false) as _6 \gset
\echo 'generate.sql: seed' :seed ',' :articles 'articles, in chunks of' :chunk
select format('select pg_temp.generate_articles(%s, %s)', lo, least(lo + :chunk - 1, :articles))
from generate_series(1, :articles, :chunk) lo \gexec

analyze section;
analyze author;
analyze tag;
analyze article;
analyze article_author;
analyze article_tag;
