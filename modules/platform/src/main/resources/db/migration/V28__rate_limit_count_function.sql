-- One round trip per rate-limit hit (dev.latchkey.platform.ratelimit.RateLimits): the counter's
-- transaction commits without waiting for the disk, and the upsert adds the hits, opening a new window
-- when the old one has passed. Before, "set local synchronous_commit" was a statement of its own.
create function latchkey_count_hits(p_bucket varchar, p_now timestamptz, p_expires timestamptz, p_count integer,
                                    out o_hits integer, out o_expires_at timestamptz)
language plpgsql as $$
begin
    perform set_config('synchronous_commit', 'off', true);
    insert into rate_limit_counter as c (bucket, window_start, expires_at, hits) values (p_bucket, p_now, p_expires, p_count)
    on conflict (bucket) do update set
        hits = case when c.expires_at <= p_now then p_count else c.hits + p_count end,
        window_start = case when c.expires_at <= p_now then p_now else c.window_start end,
        expires_at = case when c.expires_at <= p_now then p_expires else c.expires_at end
    returning c.hits, c.expires_at into o_hits, o_expires_at;
end
$$;
