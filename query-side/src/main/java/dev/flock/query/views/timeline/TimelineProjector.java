package dev.flock.query.views.timeline;

import dev.flock.events.AccountDeleted;
import dev.flock.events.FollowRequestApproved;
import dev.flock.events.FollowerRemoved;
import dev.flock.events.PostDeleted;
import dev.flock.events.PostPublished;
import dev.flock.events.UserFollowed;
import dev.flock.events.UserMuted;
import dev.flock.events.UserRegistered;
import dev.flock.events.UserUnfollowed;
import dev.flock.events.UserUnmuted;
import dev.flock.query.projection.BatchedWrites;
import dev.flock.query.projection.DeferredEvents;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.projection.TargetUserSequencing;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The home timeline of one slot ({@code timeline_a} or {@code timeline_b}), fanned out on write into
 * {@code timeline_entry}: a post goes to its author's timeline and to
 * each current follower's; a follow brings all the followed author's earlier posts into the follower's timeline,
 * an unfollow takes them out.
 *
 * <p>Hybrid for celebrities: once an author has more than {@code celebrityFollowers} followers they are marked a
 * celebrity for good, the copies of their posts in other timelines are deleted, and their posts are no longer
 * copied (nor backfilled, nor removed on unfollow); {@link TimelineQueries#page} merges them in at read time. So a
 * post by an author with 50,000 followers costs one row instead of 50,001, and every timeline stays exact: a post
 * is read from the copies if its author is not a celebrity (or is the owner), from the author's posts if they are.
 *
 * <p>Set-based per batch: within a processor's batch the handlers only note each change, and before the batch
 * commits every run of consecutive changes of one kind (posts, follows, unfollows, registrations) is written in one
 * statement over arrays of them, so a batch of 100 follows costs one statement, not 500 (three each and a
 * savepoint). A run is equivalent to its changes one by one: the timeline is a function of the posts, the follow
 * graph and the celebrity marks, which a run changes the way its changes would in order. Outside a batch (a
 * dead letter's retry, a direct call) a change is a run of one. If a batch's statements fail, its events are
 * handled one at a time when the processor tries them again, so a poison event is dead-lettered alone
 * ({@link BatchedWrites}).
 *
 * <p>Mutes: a muted author's posts are neither copied into the muter's timeline nor backfilled there, and leave it
 * when the mute starts; a celebrity's are left out at read time. Deleted posts leave every timeline. An approved
 * follow request is a follow, a removed follower (also by a block) an unfollow.
 *
 * <p>The group keeps its own copies of users, posts, the follow graph and mutes, and {@link TargetUserSequencing}
 * orders everything by the followed (or muted) author, so a fan-out and a backfill of one author never race. Every
 * statement is idempotent ({@code ON CONFLICT DO NOTHING}, deletes), so a redelivered event changes nothing.
 */
class TimelineProjector implements DeferredEvents {

    private final JdbcClient jdbc;
    private final String schema;
    private final int celebrityFollowers;
    private final BatchedWrites<Change> batches;

    TimelineProjector(JdbcClient jdbc, String schema, int celebrityFollowers) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.celebrityFollowers = celebrityFollowers;
        this.batches = new BatchedWrites<>(schema, jdbc, this::write);
    }

    /** One change to the timeline, as its event says it. */
    private sealed interface Change
            permits Registered, Posted, Followed, Unfollowed, Muted, Unmuted, Deleted, AccountGone {
    }

    private record Registered(UUID user, String username) implements Change {
    }

    private record Posted(UUID post, UUID author, Instant at, String body) implements Change {
    }

    private record Followed(UUID follower, UUID followed) implements Change {
    }

    private record Unfollowed(UUID follower, UUID followed) implements Change {
    }

    private record Muted(UUID muter, UUID muted) implements Change {
    }

    private record Unmuted(UUID muter, UUID muted) implements Change {
    }

    private record Deleted(UUID post, UUID author) implements Change {
    }

    private record AccountGone(UUID user) implements Change {
    }

    @EventHandler
    void on(UserRegistered event) {
        batches.handle(new Registered(UUID.fromString(event.userId()), event.username()));
    }

    @EventHandler
    void on(PostPublished event, @Timestamp Instant publishedAt) {
        batches.handle(new Posted(UUID.fromString(event.postId()), UUID.fromString(event.authorId()), publishedAt,
                event.body()));
    }

    @EventHandler
    void on(UserFollowed event) {
        batches.handle(new Followed(UUID.fromString(event.followerId()), UUID.fromString(event.followedId())));
    }

    /** An approved request is a follow from then on. */
    @EventHandler
    void on(FollowRequestApproved event) {
        batches.handle(new Followed(UUID.fromString(event.requesterId()), UUID.fromString(event.targetId())));
    }

    @EventHandler
    void on(UserUnfollowed event) {
        batches.handle(new Unfollowed(UUID.fromString(event.followerId()), UUID.fromString(event.followedId())));
    }

    /** A removal, or a block, ends the follow as an unfollow would. */
    @EventHandler
    void on(FollowerRemoved event) {
        batches.handle(new Unfollowed(UUID.fromString(event.followerId()), UUID.fromString(event.userId())));
    }

    @EventHandler
    void on(UserMuted event) {
        batches.handle(new Muted(UUID.fromString(event.muterId()), UUID.fromString(event.mutedId())));
    }

    @EventHandler
    void on(UserUnmuted event) {
        batches.handle(new Unmuted(UUID.fromString(event.muterId()), UUID.fromString(event.mutedId())));
    }

    @EventHandler
    void on(PostDeleted event) {
        batches.handle(new Deleted(UUID.fromString(event.postId()), UUID.fromString(event.authorId())));
    }

    @EventHandler
    void on(AccountDeleted event) {
        batches.handle(new AccountGone(UUID.fromString(event.userId())));
    }

    @ResetHandler
    void reset() {
        sql("""
                truncate table {s}.timeline_entry, {s}.timeline_follow, {s}.timeline_post, {s}.timeline_user,
                  {s}.timeline_mute""").update();
    }

    @Override
    public boolean defers(EventMessage<?> event) {
        return batches.defers(event);
    }

    /** Writes the changes in order, each run of one kind in one statement. */
    private void write(List<Change> changes, boolean wholeBatch) {
        for (List<Change> run : BatchedWrites.runs(changes)) {
            Class<?> kind = run.get(0).getClass();
            if (kind == Registered.class) {
                register(only(run, Registered.class));
            } else if (kind == Posted.class) {
                publish(only(run, Posted.class));
            } else if (kind == Followed.class) {
                follow(only(run, Followed.class));
            } else if (kind == Unfollowed.class) {
                unfollow(only(run, Unfollowed.class));
            } else if (kind == Muted.class) {
                mute(only(run, Muted.class));
            } else if (kind == Unmuted.class) {
                unmute(only(run, Unmuted.class));
            } else if (kind == Deleted.class) {
                delete(only(run, Deleted.class));
            } else {
                erase(only(run, AccountGone.class));
            }
        }
    }

    private void register(List<Registered> users) {
        sql("""
                insert into {s}.timeline_user (user_id, username)
                select * from unnest(:users, :usernames)
                on conflict do nothing""")
                .param("users", BatchedWrites.column("uuid", users, Registered::user))
                .param("usernames", BatchedWrites.column("text", users, Registered::username))
                .update();
    }

    /**
     * The posts, each into its author's timeline and, unless the author is a celebrity, every follower's who does
     * not mute the author.
     */
    private void publish(List<Posted> posts) {
        sql("""
                with p (post_id, author_id, published_at, body) as (
                    select * from unnest(:posts, :authors, :times, :bodies)),
                stored as (
                    insert into {s}.timeline_post (post_id, author_id, published_at, body)
                    select * from p
                    on conflict do nothing)
                insert into {s}.timeline_entry (owner_id, published_at, post_id, author_id)
                select author_id, published_at, post_id, author_id from p
                union all
                select f.follower_id, p.published_at, p.post_id, p.author_id
                from p join {s}.timeline_follow f on f.followed_id = p.author_id
                where not exists (select 1 from {s}.timeline_user c where c.user_id = p.author_id and c.celebrity)
                  and not exists (select 1 from {s}.timeline_mute m
                                  where m.muted_id = p.author_id and m.muter_id = f.follower_id)
                on conflict do nothing""")
                .param("posts", BatchedWrites.column("uuid", posts, Posted::post))
                .param("authors", BatchedWrites.column("uuid", posts, Posted::author))
                .param("times", BatchedWrites.column("timestamptz", posts, post -> post.at().toString()))
                .param("bodies", BatchedWrites.column("text", posts, Posted::body))
                .update();
    }

    /**
     * New follows (a follow handled before adds nothing), their authors' counts, and each new follower's backfill
     * of the author's earlier posts unless the follower mutes the author; an author whose count passes
     * {@code celebrityFollowers} becomes a celebrity instead, and a celebrity's posts are never backfilled.
     */
    private void follow(List<Followed> follows) {
        List<UUID> newCelebrities = sql("""
                with x (followed_id, follower_id) as (select * from unnest(:followed, :followers)),
                added as (
                    insert into {s}.timeline_follow (followed_id, follower_id)
                    select * from x
                    on conflict do nothing
                    returning followed_id, follower_id),
                counted as (
                    update {s}.timeline_user u set followers = u.followers + a.n
                    from (select followed_id, count(*) as n from added group by followed_id) a
                    where u.user_id = a.followed_id
                    returning u.user_id, u.followers, u.celebrity),
                backfilled as (
                    insert into {s}.timeline_entry (owner_id, published_at, post_id, author_id)
                    select a.follower_id, p.published_at, p.post_id, p.author_id
                    from added a join {s}.timeline_post p on p.author_id = a.followed_id
                    where not exists (select 1 from counted c where c.user_id = a.followed_id
                                      and (c.celebrity or c.followers > :celebrityFollowers))
                      and not exists (select 1 from {s}.timeline_mute m
                                      where m.muted_id = a.followed_id and m.muter_id = a.follower_id)
                    on conflict do nothing)
                select user_id from counted where not celebrity and followers > :celebrityFollowers""")
                .param("followed", BatchedWrites.column("uuid", follows, Followed::followed))
                .param("followers", BatchedWrites.column("uuid", follows, Followed::follower))
                .param("celebrityFollowers", celebrityFollowers)
                .query(UUID.class)
                .list();
        newCelebrities.forEach(this::becomeCelebrity);
    }

    /** Follows that end (an unfollow handled before ends none), their authors' counts, and the copies they made. */
    private void unfollow(List<Unfollowed> unfollows) {
        sql("""
                with x (followed_id, follower_id) as (select * from unnest(:followed, :followers)),
                removed as (
                    delete from {s}.timeline_follow f using x
                    where f.followed_id = x.followed_id and f.follower_id = x.follower_id
                    returning f.followed_id, f.follower_id),
                counted as (
                    update {s}.timeline_user u set followers = u.followers - r.n
                    from (select followed_id, count(*) as n from removed group by followed_id) r
                    where u.user_id = r.followed_id
                    returning u.user_id, u.celebrity)
                -- through the author's posts: each entry is found by its primary key
                delete from {s}.timeline_entry e using removed r, {s}.timeline_post p
                where p.author_id = r.followed_id and e.owner_id = r.follower_id
                  and e.published_at = p.published_at and e.post_id = p.post_id
                  and not exists (select 1 from counted c where c.user_id = r.followed_id and c.celebrity)""")
                .param("followed", BatchedWrites.column("uuid", unfollows, Unfollowed::followed))
                .param("followers", BatchedWrites.column("uuid", unfollows, Unfollowed::follower))
                .update();
    }

    /** Mutes: the muted authors' posts leave the muters' timelines, and later ones do not enter them. */
    private void mute(List<Muted> mutes) {
        sql("""
                with x (muted_id, muter_id) as (select * from unnest(:muted, :muters)),
                added as (
                    insert into {s}.timeline_mute (muted_id, muter_id)
                    select * from x
                    on conflict do nothing)
                delete from {s}.timeline_entry e using x, {s}.timeline_post p
                where p.author_id = x.muted_id and e.owner_id = x.muter_id
                  and e.published_at = p.published_at and e.post_id = p.post_id""")
                .param("muted", BatchedWrites.column("uuid", mutes, Muted::muted))
                .param("muters", BatchedWrites.column("uuid", mutes, Muted::muter))
                .update();
    }

    /** Mutes that end (one that ended before ends none): a follower gets all the author's posts back. */
    private void unmute(List<Unmuted> unmutes) {
        sql("""
                with x (muted_id, muter_id) as (select * from unnest(:muted, :muters)),
                removed as (
                    delete from {s}.timeline_mute m using x
                    where m.muted_id = x.muted_id and m.muter_id = x.muter_id
                    returning m.muted_id, m.muter_id)
                insert into {s}.timeline_entry (owner_id, published_at, post_id, author_id)
                select r.muter_id, p.published_at, p.post_id, p.author_id
                from removed r
                join {s}.timeline_follow f on f.followed_id = r.muted_id and f.follower_id = r.muter_id
                join {s}.timeline_post p on p.author_id = r.muted_id
                where not exists (select 1 from {s}.timeline_user c where c.user_id = r.muted_id and c.celebrity)
                on conflict do nothing""")
                .param("muted", BatchedWrites.column("uuid", unmutes, Unmuted::muted))
                .param("muters", BatchedWrites.column("uuid", unmutes, Unmuted::muter))
                .update();
    }

    /**
     * Deleted posts leave the view, with every copy: copies are only ever in the author's timeline and their
     * followers' (an unfollow, a removal or a block takes them out of the others'), each found by its primary key.
     */
    private void delete(List<Deleted> deletions) {
        sql("""
                with d (post_id) as (select * from unnest(:posts)),
                gone as (
                    delete from {s}.timeline_post p using d
                    where p.post_id = d.post_id
                    returning p.post_id, p.author_id, p.published_at)
                delete from {s}.timeline_entry e using (
                    select g.post_id, g.published_at, g.author_id as owner_id from gone g
                    union all
                    select g.post_id, g.published_at, f.follower_id
                    from gone g join {s}.timeline_follow f on f.followed_id = g.author_id) copy
                where e.owner_id = copy.owner_id and e.published_at = copy.published_at
                  and e.post_id = copy.post_id""")
                .param("posts", BatchedWrites.column("uuid", deletions, Deleted::post))
                .update();
    }

    /**
     * Deleted accounts leave the view: their timelines, their posts (the copies in their followers' timelines
     * went with the removals before), their counts and others' mutes of them. Their own follows and mutes ended
     * with their events, in the other users' sequences.
     */
    private void erase(List<AccountGone> accounts) {
        sql("""
                with gone (user_id) as (select * from unnest(:users)),
                entries as (delete from {s}.timeline_entry e using gone where e.owner_id = gone.user_id),
                posts as (delete from {s}.timeline_post p using gone where p.author_id = gone.user_id),
                follows as (delete from {s}.timeline_follow f using gone where f.followed_id = gone.user_id),
                mutes as (delete from {s}.timeline_mute m using gone where m.muted_id = gone.user_id)
                delete from {s}.timeline_user u using gone where u.user_id = gone.user_id""")
                .param("users", BatchedWrites.column("uuid", accounts, AccountGone::user))
                .update();
    }

    /** From now on the author's posts are read, not copied: the copies in other timelines go. */
    private void becomeCelebrity(UUID author) {
        sql("update {s}.timeline_user set celebrity = true where user_id = :author")
                .param("author", author)
                .update();
        sql("""
                        delete from {s}.timeline_entry e using {s}.timeline_post p
                        where p.author_id = :author and e.post_id = p.post_id and e.published_at = p.published_at
                          and e.owner_id <> :author""")
                .param("author", author)
                .update();
    }

    /** The statement with this slot's schema. */
    private JdbcClient.StatementSpec sql(String text) {
        return jdbc.sql(ProjectionSlots.in(schema, text));
    }

    private static <C extends Change> List<C> only(List<Change> run, Class<C> kind) {
        return run.stream().map(kind::cast).toList();
    }
}
