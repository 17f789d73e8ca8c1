package dev.flock.query.views;

import dev.flock.query.paging.Cursor;
import dev.flock.query.paging.Page;
import dev.flock.query.paging.PageRequest;
import dev.flock.query.paging.SqlTimes;
import dev.flock.web.ApiTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A post as lists show it: {@code {"id","author","body","publishedAt"}}. Shared by an author's posts and the home
 * timeline.
 */
public record PostItem(String id, String author, String body, String publishedAt) {

    /** Runs a keyset query for {@code post_id, author name, body, published_at} rows and makes the page. */
    public static Page<PostItem> page(PageRequest page, JdbcClient.StatementSpec query) {
        return Page.of(query.query(Row::read).list(), page, Row::position).map(Row::item);
    }

    /** A row of {@code post_id, author name, body, published_at}, with its keyset position. */
    public record Row(UUID id, String author, String body, Instant publishedAt) {

        public static Row read(ResultSet rs, int rowNumber) throws SQLException {
            return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                    SqlTimes.instant(rs, 4));
        }

        public PostItem item() {
            return new PostItem(id.toString(), author, body, ApiTime.format(publishedAt));
        }

        public Cursor position() {
            return new Cursor(publishedAt, id);
        }
    }
}
