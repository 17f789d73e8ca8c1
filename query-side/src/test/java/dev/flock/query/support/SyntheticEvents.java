package dev.flock.query.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Appends a realistic history straight into the event store, in SQL, as the command side would have written it
 * (JSON payloads of the shared events, per-user sequence numbers, times in order): registrations, a power-law
 * follow graph (a few users followed by many), and posts by mostly active users. For replay tests and
 * benchmarks that need far more events than commands over HTTP could make in time.
 */
public final class SyntheticEvents {

    private SyntheticEvents() {
    }

    /** Appends the history; answers the number of events appended. */
    public static long append(JdbcClient jdbc, int users, int followsPerUser, int posts, long seed) {
        jdbc.sql("drop table if exists public.syn_user, public.syn_event").update();
        jdbc.sql("""
                        create unlogged table public.syn_user as
                        select i, gen_random_uuid()::text as id, 'syn' || i as name from generate_series(1, :users) i""")
                .param("users", users).update();
        jdbc.sql("""
                        create unlogged table public.syn_event as
                        select u.id as agg, 0::bigint as ord, 'dev.flock.events.UserRegistered' as type,
                               json_build_object('userId', u.id, 'username', u.name,
                                                 'email', u.name || '@example.com')::text as payload
                        from public.syn_user u
                        union all
                        select f.id, :users + row_number() over (), 'dev.flock.events.UserFollowed',
                               json_build_object('followerId', f.id, 'followedId', t.id,
                                                 'followerUsername', f.name, 'followedUsername', t.name)::text
                        from (select distinct f.i as fi,
                                     1 + floor(:users * power(random(), 3))::int as ti
                              from public.syn_user f, generate_series(1, :follows)) pair
                        join public.syn_user f on f.i = pair.fi
                        join public.syn_user t on t.i = pair.ti
                        where pair.fi <> pair.ti
                        union all
                        select a.id, :users + :users * :follows + drawn.p, 'dev.flock.events.PostPublished',
                               json_build_object('postId', gen_random_uuid(), 'authorId', a.id,
                                                 'body', 'post ' || drawn.p)::text
                        from (select p, 1 + floor(:users * power(random(), 2))::int as ai
                              from generate_series(1, :posts) p) drawn
                        join public.syn_user a on a.i = drawn.ai""")
                .param("users", users)
                .param("follows", followsPerUser)
                .param("posts", posts)
                .update();
        long appended = jdbc.sql("""
                        insert into eventstore.domain_event_entry (sequence_number, meta_data, payload,
                            aggregate_identifier, event_identifier, payload_revision, payload_type, time_stamp, type)
                        select row_number() over (partition by agg order by ord) - 1,
                               convert_to('{}', 'UTF8'), convert_to(payload, 'UTF8'), agg,
                               gen_random_uuid()::text, null, type,
                               to_char(timestamp '2026-01-01' + ord * interval '1 millisecond',
                                       'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                               'UserAggregate'
                        from public.syn_event e
                        order by ord""")
                .update();
        jdbc.sql("drop table public.syn_user, public.syn_event").update();
        return appended;
    }
}
