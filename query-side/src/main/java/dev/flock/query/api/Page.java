package dev.flock.query.api;

import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A page of a list: {@code {"items": [...], "next": cursor | null}}. */
public record Page<T>(List<T> items, String next) {

    /**
     * The page from {@code rows} fetched with {@link PageRequest#fetchSize()}: the first {@code limit} of them,
     * and a cursor after the last one if more were found.
     */
    public static <T> Page<T> of(List<T> rows, PageRequest request, Function<T, Cursor> position) {
        if (rows.size() <= request.limit()) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, request.limit());
        return new Page<>(List.copyOf(items), position.apply(items.get(items.size() - 1)).encode());
    }

    /** The same page with each item converted. */
    public <R> Page<R> map(Function<T, R> convert) {
        return new Page<>(items.stream().map(convert).toList(), next);
    }

    /** 200 with this page and, when there is a next one, {@code Link: <url>; rel="next"}. */
    public ResponseEntity<Page<T>> toResponse() {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (next != null) {
            String url = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("cursor", next)
                    .build().toUriString();
            response.header(HttpHeaders.LINK, "<" + url + ">; rel=\"next\"");
        }
        return response.body(this);
    }
}
