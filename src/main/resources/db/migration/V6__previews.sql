-- Delivery: preview links, and what the content clock (Last-Modified of every public response) reads.

-- A preview link unlocks one article's current state until it expires or is revoked. The secret is known only to
-- whoever holds the link; like API tokens, only its SHA-256 is kept.
create table preview_token (
    id          uuid primary key,
    article_id  uuid         not null references article (id) on delete cascade,
    secret_hash char(64)     not null unique,
    created_by  uuid         references api_token (id),
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    revoked_at  timestamptz
);
create index preview_token_article_idx on preview_token (article_id);

-- The content clock is the latest updated_at of any content, or the latest deletion: a deleted row takes its
-- updated_at with it, so deletions move this one-row clock forward instead.
create table content_deletion_clock (
    id         integer primary key check (id = 1),
    deleted_at timestamptz not null
);
create index article_updated_at_idx on article (updated_at);
create index section_updated_at_idx on section (updated_at);
create index author_updated_at_idx on author (updated_at);
create index tag_updated_at_idx on tag (updated_at);
