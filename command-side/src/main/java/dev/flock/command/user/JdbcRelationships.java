package dev.flock.command.user;

import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link Relationships} on the command side's {@code follow}, {@code block}, {@code mute}, {@code post} and
 * {@code user_lookup} tables, inside the command's transaction. A pair is locked with a transaction-scoped
 * advisory lock on a hash of its two ids (smaller first), since its rows may not exist yet; a collision of two
 * hashes only makes two unrelated pairs wait for each other.
 */
@Repository
class JdbcRelationships implements Relationships {

    private final JdbcClient jdbc;

    JdbcRelationships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Pair lockPair(String me, String other) {
        lockForShare(other);
        String first = me.compareTo(other) < 0 ? me : other;
        String second = first.equals(me) ? other : me;
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:first || '/' || :second, 0))")
                .param("first", first)
                .param("second", second)
                .query().singleRow();
        return jdbc.sql("""
                        select
                          exists (select 1 from follow f where f.follower_id = :me and f.followed_id = :other
                                  and f.state = 'F'),
                          exists (select 1 from follow f where f.follower_id = :other and f.followed_id = :me
                                  and f.state = 'F'),
                          exists (select 1 from follow f where f.follower_id = :me and f.followed_id = :other
                                  and f.state = 'R'),
                          exists (select 1 from follow f where f.follower_id = :other and f.followed_id = :me
                                  and f.state = 'R'),
                          exists (select 1 from block b where b.blocker_id = :me and b.blocked_id = :other),
                          exists (select 1 from block b where b.blocker_id = :other and b.blocked_id = :me)""")
                .param("me", me)
                .param("other", other)
                .query((rs, row) -> new Pair(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getBoolean(6)))
                .single();
    }

    @Override
    public Other lockOther(String userId) {
        return lockForShare(userId);
    }

    /** The account's name and protection; a deletion in progress is waited for, and a deleted account refused. */
    private Other lockForShare(String userId) {
        return jdbc.sql("select username, protected from user_lookup where user_id = :userId and not deleted for share")
                .param("userId", userId)
                .query((rs, row) -> new Other(rs.getString(1), rs.getBoolean(2))).optional()
                .orElseThrow(() -> new UnknownUserException(userId));
    }

    @Override
    public void lockAccount(String userId) {
        jdbc.sql("select 1 from user_lookup where user_id = :userId for update")
                .param("userId", userId)
                .query().listOfRows();
    }

    @Override
    public List<Counterpart> counterparts(String me) {
        return jdbc.sql("""
                        with others (other) as (
                          select followed_id from follow where follower_id = :me
                          union select follower_id from follow where followed_id = :me
                          union select blocked_id from block where blocker_id = :me
                          union select blocker_id from block where blocked_id = :me
                          union select muted_id from mute where muter_id = :me
                          union select muter_id from mute where muted_id = :me)
                        select o.other,
                          exists (select 1 from follow f where f.follower_id = :me and f.followed_id = o.other
                                  and f.state = 'F'),
                          exists (select 1 from follow f where f.follower_id = o.other and f.followed_id = :me
                                  and f.state = 'F'),
                          exists (select 1 from follow f where f.follower_id = :me and f.followed_id = o.other
                                  and f.state = 'R'),
                          exists (select 1 from follow f where f.follower_id = o.other and f.followed_id = :me
                                  and f.state = 'R'),
                          exists (select 1 from block b where b.blocker_id = :me and b.blocked_id = o.other),
                          exists (select 1 from block b where b.blocker_id = o.other and b.blocked_id = :me),
                          exists (select 1 from mute m where m.muter_id = :me and m.muted_id = o.other)
                        from others o order by o.other""")
                .param("me", me)
                .query((rs, row) -> new Counterpart(rs.getString(1), new Pair(rs.getBoolean(2), rs.getBoolean(3),
                        rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7)), rs.getBoolean(8)))
                .list();
    }

    @Override
    public List<String> eraseAccount(String userId) {
        jdbc.sql("delete from follow where follower_id = :id or followed_id = :id").param("id", userId).update();
        jdbc.sql("delete from block where blocker_id = :id or blocked_id = :id").param("id", userId).update();
        jdbc.sql("delete from mute where muter_id = :id or muted_id = :id").param("id", userId).update();
        return jdbc.sql("""
                        update post set deleted = true where author_id = :id and not deleted
                        returning post_id""")
                .param("id", userId)
                .query(String.class).list();
    }

    @Override
    public boolean protect(String userId, boolean protect) {
        return jdbc.sql("""
                        update user_lookup set protected = :protect
                        where user_id = :userId and protected <> :protect""")
                .param("userId", userId)
                .param("protect", protect)
                .update() > 0;
    }

    @Override
    public List<String> pendingRequestsTo(String userId) {
        return jdbc.sql("select follower_id from follow where followed_id = :userId and state = 'R' order by 1")
                .param("userId", userId)
                .query(String.class).list();
    }

    @Override
    public void follow(String follower, String followed) {
        upsertFollow(follower, followed, "F");
    }

    @Override
    public void request(String requester, String target) {
        upsertFollow(requester, target, "R");
    }

    private void upsertFollow(String follower, String followed, String state) {
        jdbc.sql("""
                        insert into follow (follower_id, followed_id, state) values (:follower, :followed, :state)
                        on conflict (follower_id, followed_id) do update set state = excluded.state""")
                .param("follower", follower)
                .param("followed", followed)
                .param("state", state)
                .update();
    }

    @Override
    public void endFollow(String follower, String followed) {
        jdbc.sql("delete from follow where follower_id = :follower and followed_id = :followed")
                .param("follower", follower)
                .param("followed", followed)
                .update();
    }

    @Override
    public void block(String me, String other) {
        endFollow(me, other);
        endFollow(other, me);
        jdbc.sql("insert into block (blocker_id, blocked_id) values (:me, :other) on conflict do nothing")
                .param("me", me)
                .param("other", other)
                .update();
    }

    @Override
    public void unblock(String me, String other) {
        jdbc.sql("delete from block where blocker_id = :me and blocked_id = :other")
                .param("me", me)
                .param("other", other)
                .update();
    }

    @Override
    public Optional<Mute> mute(String me, String other) {
        return jdbc.sql("select ends_at_ms from mute where muter_id = :me and muted_id = :other")
                .param("me", me)
                .param("other", other)
                .query((rs, row) -> new Mute(rs.getObject(1, Long.class)))
                .optional();
    }

    @Override
    public void mute(String me, String other, Long endsAtMs) {
        jdbc.sql("""
                        insert into mute (muter_id, muted_id, ends_at_ms) values (:me, :other, :ends)
                        on conflict (muter_id, muted_id) do update set ends_at_ms = excluded.ends_at_ms""")
                .param("me", me)
                .param("other", other)
                .param("ends", endsAtMs, Types.BIGINT)
                .update();
    }

    @Override
    public void unmute(String me, String other) {
        jdbc.sql("delete from mute where muter_id = :me and muted_id = :other")
                .param("me", me)
                .param("other", other)
                .update();
    }

    @Override
    public void published(String postId, String authorId) {
        jdbc.sql("insert into post (post_id, author_id) values (:postId, :authorId)")
                .param("postId", postId)
                .param("authorId", authorId)
                .update();
    }

    @Override
    public PostState post(String postId, String authorId) {
        return jdbc.sql("select deleted from post where post_id = :postId and author_id = :authorId")
                .param("postId", postId)
                .param("authorId", authorId)
                .query(Boolean.class).optional()
                .map(deleted -> deleted ? PostState.DELETED : PostState.PUBLISHED)
                .orElse(PostState.UNKNOWN);
    }

    @Override
    public void deleted(String postId) {
        jdbc.sql("update post set deleted = true where post_id = :postId")
                .param("postId", postId)
                .update();
    }
}
