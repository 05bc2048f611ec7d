-- The content clock (Last-Modified of every public response) moves only with public content, so that an anonymous
-- reader cannot learn when a draft or a scheduled article was edited or deleted. It reads the latest updated_at of
-- published articles, sections, authors and tags, and this one-row clock, which now records when public content went
-- away: a published article withdrawn (unpublished, archived or deleted) here, in the trigger that already sees it
-- happen; a section, author or tag deleted from the application (ContentClock).
create or replace function record_article_withdrawal() returns trigger language plpgsql as $$
begin
    if old.status = 'published' and (tg_op = 'DELETE' or new.status <> 'published') then
        insert into article_withdrawal (article_id) values (old.id) on conflict do nothing;
        insert into content_deletion_clock (id, deleted_at) values (1, clock_timestamp())
            on conflict (id) do update set deleted_at = greatest(content_deletion_clock.deleted_at, excluded.deleted_at);
    end if;
    return null;
end
$$;
