-- Editorial API: bearer tokens, article ownership, slug history and article revisions.

create table api_token (
    id           uuid primary key,
    name         varchar(100) not null,
    role         varchar(20)  not null check (role in ('contributor', 'editor', 'admin')),
    author_id    uuid references author (id),
    -- SHA-256 of the secret, hex. Secrets are 256-bit random values, so a fast hash is enough; the secret itself
    -- is never stored.
    secret_hash  char(64)     not null unique,
    created_at   timestamptz  not null,
    revoked_at   timestamptz
);

-- Who drafted an article: contributors may edit the drafts they created.
alter table article add column created_by uuid references api_token (id);
create index article_created_by_idx on article (created_by);

-- Every slug a resource ever had, so old URLs answer with a permanent redirect.
create table slug_redirect (
    resource_type varchar(20)  not null check (resource_type in ('article', 'section', 'author', 'tag')),
    old_slug      varchar(150) not null,
    resource_id   uuid         not null,
    created_at    timestamptz  not null,
    primary key (resource_type, old_slug)
);

-- The full state of an article after each change, numbered from 1.
create table article_revision (
    article_id  uuid         not null references article (id) on delete cascade,
    number      integer      not null,
    action      varchar(20)  not null,
    created_at  timestamptz  not null,
    actor_name  varchar(100) not null,
    actor_role  varchar(20)  not null,
    snapshot    jsonb        not null,
    primary key (article_id, number)
);
