package dev.flock.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A power-law social graph appended straight into the event store, as the command side would have written it
 * (JSON payloads of the shared events, per-user sequence numbers, times in order), plus each user's row in the
 * command side's lookup table so the generated users can act through the API:
 * <ul>
 *   <li>{@code bench1}, the celebrity, followed by {@code celebrityFollowers} users;</li>
 *   <li>{@code bench2}, a popular user, followed by {@code popularFollowers} users;</li>
 *   <li>every user following {@code followsPerUser} others drawn with a cubic skew (a few are followed by many);</li>
 *   <li>1,000 heavy readers (users 2 to 1,001, who also follow the celebrity) following 200 of the 5,000 most active
 *   authors each: the timelines the read benchmark pages through, where fan-out on read has the most to merge;</li>
 *   <li>{@code posts} posts by authors drawn with a quadratic skew, and 200 each by the celebrity and the popular
 *   user;</li>
 *   <li>a heavy user, the last one, following 5,000 others and with 5,000 posts: 10,001 events in one stream.</li>
 * </ul>
 */
record Dataset(int users, int celebrityFollowers, int popularFollowers, int followsPerUser, int posts) {

    static final String CELEBRITY = "bench1";
    static final String POPULAR = "bench2";
    /** The readers whose timelines the read benchmark pages through: users 2 .. HEAVY_READERS + 1. */
    static final int HEAVY_READERS = 1_000;
    /** How many of the most active authors each of those readers follows, on top of the celebrity. */
    static final int HEAVY_FOLLOWS = 200;
    /** How many users the last user, {@code bench<users>}, follows, and how many posts they published. */
    static final int HEAVY_USER_FOLLOWS = 5_000;
    static final int HEAVY_USER_POSTS = 5_000;
    /** The most active authors (the quadratic skew gives low numbers the most posts). */
    static final int ACTIVE_AUTHORS = 5_000;

    /** Appends everything; answers the number of events. */
    long appendTo(Connection db) throws SQLException {
        if (users < celebrityFollowers + popularFollowers + 2 || users < HEAVY_USER_FOLLOWS + 500) {
            throw new IllegalArgumentException("too few users for the followers asked for");
        }
        try (Statement sql = db.createStatement()) {
            sql.execute("drop table if exists public.bench_user, public.bench_event");
            sql.execute("create unlogged table public.bench_user as select i, gen_random_uuid()::text as id,"
                    + " 'bench' || i as name from generate_series(1, " + users + ") i");
            sql.execute("create unique index on public.bench_user (i)");
            sql.execute("""
                    create unlogged table public.bench_event as
                    select u.id as agg, 0 as phase, u.i::float as rank, 'dev.flock.events.UserRegistered' as type,
                           json_build_object('userId', u.id, 'username', u.name,
                                             'email', u.name || '@bench.example')::text as payload
                    from public.bench_user u
                    union all
                    select f.id, 1, random(), 'dev.flock.events.UserFollowed',
                           json_build_object('followerId', f.id, 'followedId', t.id,
                                             'followerUsername', f.name, 'followedUsername', t.name)::text
                    from (select i as fi, 1 as ti from public.bench_user where i between 2 and %1$d + 1
                          union
                          select i, 2 from public.bench_user where i between %1$d + 2 and %1$d + %2$d + 1
                          union
                          select f.i, 3 + floor((%3$d - 3) * power(random(), 3))::int
                          from public.bench_user f, generate_series(1, %4$d)
                          union
                          select f.i, 3 + floor(%6$d * random())::int
                          from public.bench_user f, generate_series(1, %7$d) where f.i between 2 and %8$d + 1
                          union
                          select %3$d, t from generate_series(3, %9$d + 2) t) pair
                    join public.bench_user f on f.i = pair.fi
                    join public.bench_user t on t.i = pair.ti
                    where pair.fi <> pair.ti
                    union all
                    select a.id, 2, random(), 'dev.flock.events.PostPublished',
                           json_build_object('postId', gen_random_uuid(), 'authorId', a.id,
                                             'body', 'post ' || drawn.p || ' by ' || a.name)::text
                    from (select p, 3 + floor((%3$d - 3) * power(random(), 2))::int as ai
                          from generate_series(1, %5$d) p
                          union all
                          select p, 1 + p %% 2 from generate_series(1, 400) p
                          union all
                          select p, %3$d from generate_series(1, %10$d) p) drawn
                    join public.bench_user a on a.i = drawn.ai
                    """.formatted(celebrityFollowers, popularFollowers, users, followsPerUser, posts,
                    ACTIVE_AUTHORS, HEAVY_FOLLOWS, HEAVY_READERS, HEAVY_USER_FOLLOWS, HEAVY_USER_POSTS));
            // The email's hash stands in for the keyed hash the command side computes (same size, unique).
            sql.execute("""
                    insert into command.user_lookup (user_id, username, username_key, email_hash)
                    select id, name, lower(name), encode(sha256(convert_to(name || '@bench.example', 'UTF8')), 'hex')
                    from public.bench_user""");
            // Commands check the token's credential version against this row; nobody logs in with this hash.
            sql.execute("""
                    insert into command.user_credentials (user_id, password_hash)
                    select id, '{argon2}generated-users-never-log-in' from public.bench_user""");
            // The command side's record of follows and posts, which its rules decide on (as its V3 migration
            // fills it for a store written before v2).
            sql.execute("""
                    insert into command.follow (follower_id, followed_id, state)
                    select payload::json ->> 'followerId', payload::json ->> 'followedId', 'F'
                    from public.bench_event where type = 'dev.flock.events.UserFollowed'
                    on conflict do nothing""");
            sql.execute("""
                    insert into command.post (post_id, author_id)
                    select payload::json ->> 'postId', agg
                    from public.bench_event where type = 'dev.flock.events.PostPublished'""");
            long events;
            try (var count = sql.executeQuery("select count(*) from public.bench_event")) {
                count.next();
                events = count.getLong(1);
            }
            sql.execute("""
                    insert into eventstore.domain_event_entry (sequence_number, meta_data, payload,
                        aggregate_identifier, event_identifier, payload_revision, payload_type, time_stamp, type)
                    select row_number() over (partition by agg order by phase, rank) - 1,
                           convert_to('{}', 'UTF8'), convert_to(payload, 'UTF8'), agg,
                           gen_random_uuid()::text, null, type,
                           to_char((now() at time zone 'utc') - interval '1 millisecond' * (%d - n),
                                   'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                           'UserAggregate'
                    from (select e.*, row_number() over (order by phase, rank) as n from public.bench_event e) e
                    order by n""".formatted(events));
            sql.execute("create table public.bench_user_ids as select i, id, name from public.bench_user");
            sql.execute("create unique index on public.bench_user_ids (name)");
            sql.execute("drop table public.bench_user, public.bench_event");
            return events;
        }
    }
}
