package dev.flock.seed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The seed's follow, unfollow and post, each one statement after the token check; and the fixed page. */
@RestController
class SeedController {

    /** The stack's floor: a page of the timeline's shape, made once. */
    private static final Map<String, Object> PAGE = Map.of("items", java.util.stream.IntStream.range(0, 20)
            .mapToObj(i -> Map.of("id", "00000000-0000-0000-0000-0000000000" + (10 + i), "author", "bench" + i,
                    "body", "post " + i + " of the fixed page", "publishedAt", "2026-12-02T12:00:00.000Z"))
            .toList(), "next", "/api/users/bench1/timeline?limit=20&cursor=abc");

    private final JdbcClient jdbc;

    SeedController(JdbcClient jdbc, SeedApplication.SeedSchema schema) {
        this.jdbc = jdbc;
    }

    @GetMapping("/floor")
    Map<String, Object> floor() {
        return PAGE;
    }

    @PutMapping("/api/users/{me}/following/{target}")
    ResponseEntity<Void> follow(@PathVariable String me, @PathVariable String target,
                                @AuthenticationPrincipal Jwt jwt) {
        jdbc.sql("""
                        insert into seed.followers (follower_id, followed_id)
                        select :me, id from public.bench_user_ids where name = :target
                        on conflict do nothing""")
                .param("me", acting(me, jwt))
                .param("target", target)
                .update();
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/users/{me}/following/{target}")
    ResponseEntity<Void> unfollow(@PathVariable String me, @PathVariable String target,
                                  @AuthenticationPrincipal Jwt jwt) {
        jdbc.sql("""
                        delete from seed.followers
                        where follower_id = :me
                          and followed_id = (select id from public.bench_user_ids where name = :target)""")
                .param("me", acting(me, jwt))
                .param("target", target)
                .update();
        return ResponseEntity.noContent().build();
    }

    record PostRequest(String body) {
    }

    record PostReceipt(long id, Instant publishedAt) {
    }

    @PostMapping("/api/users/{me}/posts")
    ResponseEntity<PostReceipt> post(@PathVariable String me, @RequestBody PostRequest request,
                                     @AuthenticationPrincipal Jwt jwt) {
        PostReceipt receipt = jdbc.sql("""
                        insert into seed.post (user_id, body) values (:me, :body) returning id, timestamp""")
                .param("me", acting(me, jwt))
                .param("body", request.body())
                .query((rs, row) -> new PostReceipt(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .single();
        return ResponseEntity.status(HttpStatus.CREATED).body(receipt);
    }

    record Item(String id, String author, String body, Instant publishedAt) {
    }

    record TimelinePage(List<Item> items, String next) {
    }

    /**
     * The tutorial's timeline behind the same token check ({@code edition} 2018: the union; 2024: the outer join),
     * over the views' tables of the slots the caller names ({@code posts_a}, ...): fan-out on read in the same
     * stack as Flock's page. Authors are given by id (the tutorial loads their names one by one afterwards).
     */
    @GetMapping("/api/users/{me}/timeline")
    TimelinePage timeline(@PathVariable String me, @RequestParam int edition, @RequestParam String posts,
                          @RequestParam String follows, @RequestParam String profiles,
                          @AuthenticationPrincipal Jwt jwt) {
        for (String schema : List.of(posts, follows, profiles)) {
            if (!schema.matches("[a-z]+_[ab]")) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
        }
        String reader = acting(me, jwt);
        String sql = switch (edition) {
            case 2018 -> TutorialTimeline.union(posts, follows, 20);
            case 2024 -> TutorialTimeline.outerJoin(posts, follows, profiles, 20);
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        };
        UUID id = UUID.fromString(reader);
        List<Item> items = jdbc.sql(sql).param(id).param(id)
                .query((rs, row) -> new Item(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
        return new TimelinePage(items, null);
    }

    /** The path's user, if the token is theirs: one query, as Flock's check is. */
    private String acting(String me, Jwt jwt) {
        List<String> ids = jdbc.sql("select id from public.bench_user_ids where name = :me")
                .param("me", me).query(String.class).list();
        if (ids.isEmpty() || !ids.get(0).equals(jwt.getSubject())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return ids.get(0);
    }
}
