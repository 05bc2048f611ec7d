-- Kiosque content model: sections, authors, entity tags and articles.
-- Every table carries a version (optimistic locking, ETags) and audit instants.

create table section (
    id          uuid primary key,
    slug        varchar(120)  not null unique,
    name        varchar(200)  not null,
    description varchar(2000),
    parent_id   uuid references section (id),
    position    integer       not null default 0,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0
);
create index section_parent_idx on section (parent_id);

create table author (
    id         uuid primary key,
    slug       varchar(120)  not null unique,
    name       varchar(200)  not null,
    bio        varchar(1000),
    job_title  varchar(200),
    avatar_url varchar(2000),
    links      jsonb         not null default '[]',
    -- Private: never serialised to anonymous readers.
    email      varchar(320),
    created_at timestamptz   not null,
    updated_at timestamptz   not null,
    version    bigint        not null default 0
);
create index author_name_idx on author (lower(name));

create table tag (
    id          uuid primary key,
    slug        varchar(120)  not null unique,
    name        varchar(200)  not null,
    type        varchar(20)   not null check (type in ('person', 'country', 'organisation')),
    aliases     jsonb         not null default '[]',
    description varchar(2000),
    iso_code    char(2) check (iso_code ~ '^[A-Z]{2}$'),
    wikidata_id varchar(20) check (wikidata_id ~ '^Q[1-9][0-9]*$'),
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0,
    constraint tag_iso_code_only_for_countries check (iso_code is null or type = 'country')
);
create index tag_type_idx on tag (type);
create unique index tag_iso_code_idx on tag (iso_code) where iso_code is not null;
create unique index tag_wikidata_id_idx on tag (wikidata_id) where wikidata_id is not null;

create table article (
    id                   uuid primary key,
    slug                 varchar(200)  not null unique,
    headline             varchar(300)  not null,
    standfirst           varchar(2000),
    body                 jsonb         not null default '[]',
    lead_image           jsonb,
    language             varchar(35)   not null,
    section_id           uuid references section (id),
    status               varchar(20)   not null check (status in ('draft', 'scheduled', 'published', 'archived')),
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    published_at         timestamptz,
    first_published_at   timestamptz,
    word_count           integer       not null default 0,
    reading_time_minutes integer       not null default 0,
    seo_title            varchar(300),
    seo_description      varchar(500),
    version              bigint        not null default 0
);
-- Keyset pagination: every list order is (instant, id), filtered on status first.
create index article_published_idx on article (status, published_at desc, id desc);
create index article_updated_idx on article (status, updated_at desc, id desc);
create index article_section_published_idx on article (section_id, status, published_at desc, id desc);

create table article_author (
    article_id uuid    not null references article (id) on delete cascade,
    author_id  uuid    not null references author (id),
    position   integer not null,
    primary key (article_id, position),
    unique (article_id, author_id)
);
create index article_author_author_idx on article_author (author_id, article_id);

create table article_tag (
    article_id uuid    not null references article (id) on delete cascade,
    tag_id     uuid    not null references tag (id),
    position   integer not null,
    primary key (article_id, position),
    unique (article_id, tag_id)
);
create index article_tag_tag_idx on article_tag (tag_id, article_id);
