-- Delivery: the change feed and webhooks (a transactional outbox). Rows are written by observers of ContentChanged,
-- inside the transaction of the write they record: a write that rolls back leaves no trace here.

-- Every change to every resource, in commit order: writers take a transaction-level advisory lock before inserting
-- (see ChangeFeed), so seq is assigned in the order transactions commit. The identity's cache stays at 1: cached
-- values would be handed out per session, out of order.
create table content_change (
    seq           bigint generated always as identity primary key,
    -- The writing transaction, to match the article withdrawals it made (below).
    xid           xid8         not null default pg_current_xact_id(),
    resource_type varchar(20)  not null check (resource_type in ('article', 'section', 'author', 'tag')),
    resource_id   uuid         not null,
    slug          varchar(150) not null,
    action        varchar(20)  not null,
    occurred_at   timestamptz  not null,
    -- Whether anonymous readers can see the resource after the change (a published article, any section, author
    -- or tag). Changes that take a published article out of public view are public too: see article_withdrawal.
    public_after  boolean      not null
);

-- Articles that stopped being public (published, then unpublished, archived or deleted), by transaction. Written by
-- the database itself, which alone knows the status an article had before the transaction: the ContentChanged of a
-- deletion carries no representation, and articles written without events (demo content, imports) have no history.
create table article_withdrawal (
    xid        xid8 not null default pg_current_xact_id(),
    article_id uuid not null,
    primary key (xid, article_id)
);

create function record_article_withdrawal() returns trigger language plpgsql as $$
begin
    if old.status = 'published' and (tg_op = 'DELETE' or new.status <> 'published') then
        insert into article_withdrawal (article_id) values (old.id) on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger article_withdrawal after update of status or delete on article
    for each row execute function record_article_withdrawal();

-- Webhook subscriptions. The secret signs deliveries, so it must be kept: it is stored encrypted (AES-GCM, key from
-- kiosque.webhooks.encryption-key) and never returned.
create table webhook (
    id          uuid          primary key,
    url         varchar(2000) not null,
    events      jsonb         not null,
    secret      varchar(500)  not null,
    description varchar(200),
    created_at  timestamptz   not null
);

-- The outbox: one row per (change, subscribed webhook), with the exact body that is signed and sent.
create table webhook_delivery (
    id               uuid         primary key,
    webhook_id       uuid         not null references webhook (id) on delete cascade,
    event            varchar(40)  not null,
    payload          text         not null,
    status           varchar(20)  not null check (status in ('pending', 'delivered', 'failed')),
    attempts         integer      not null default 0,
    created_at       timestamptz  not null,
    next_attempt_at  timestamptz,
    -- Claimed by a dispatcher until lease_until; a dispatcher that dies lets the lease expire.
    lease_owner      uuid,
    lease_until      timestamptz,
    delivered_at     timestamptz,
    last_status_code integer,
    last_error       varchar(500)
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'pending';
create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id, created_at desc, id desc);

-- Each attempt to deliver, for the deliveries log.
create table webhook_attempt (
    delivery_id  uuid         not null references webhook_delivery (id) on delete cascade,
    number       integer      not null,
    attempted_at timestamptz  not null,
    duration_ms  integer      not null,
    status_code  integer,
    error        varchar(500),
    primary key (delivery_id, number)
);
