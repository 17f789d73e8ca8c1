package dev.flock.seed;

/**
 * The tutorial's home timeline (Flask Mega-Tutorial, "Followers"), fan-out on read, over tables of the shape the
 * tutorial has: {@code post(post_id, author_id, body, published_at)}, {@code follow(follower_id, followed_id)},
 * {@code profile(user_id)}. Both editions take the reader as each of their two parameters. The seed service runs
 * them behind its endpoint; the benchmark also runs them as raw SQL.
 */
public final class TutorialTimeline {

    private TutorialTimeline() {
    }

    /** The 2018 edition: the posts of everyone followed, union one's own. */
    public static String union(String posts, String follows, int limit) {
        return """
                select p.post_id, p.author_id, p.body, p.published_at from %1$s.post p
                join %2$s.follow f on f.followed_id = p.author_id where f.follower_id = ?
                union
                select p.post_id, p.author_id, p.body, p.published_at from %1$s.post p where p.author_id = ?
                order by published_at desc limit %3$d""".formatted(posts, follows, limit);
    }

    /**
     * The 2024 edition: every post joined to its author's followers (outer), kept if the reader follows the author
     * or is the author, duplicates folded by {@code GROUP BY}.
     */
    public static String outerJoin(String posts, String follows, String profiles, int limit) {
        return """
                select p.post_id, p.author_id, p.body, p.published_at from %1$s.post p
                join %3$s.profile author on author.user_id = p.author_id
                left join %2$s.follow f on f.followed_id = author.user_id
                left join %3$s.profile follower on follower.user_id = f.follower_id
                where follower.user_id = ? or author.user_id = ?
                group by p.post_id
                order by p.published_at desc limit %4$d""".formatted(posts, follows, profiles, limit);
    }
}
