package dev.flock.query.paging;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A page of a list: {@code {"items": [...], "next": cursor | null}}. */
public record Page<T>(List<T> items,
                      @Schema(types = {"string", "null"},
                              description = "The cursor of the next page; null on the last page") String next) {

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

    /**
     * 200 with this page and, when there is a next one, {@code Link: <url>; rel="next"}. The URL is relative (RFC
     * 8288 resolves it against the request's): built from the request's path, its {@code limit} and the next
     * cursor, never from the {@code Host} header, which a client chooses and a shared cache may not key on.
     */
    public ResponseEntity<Page<T>> toResponse(PageRequest request) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (next != null) {
            String path = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                    .getRequest().getRequestURI();
            String url = path + "?limit=" + request.limit() + "&cursor=" + next;
            response.header(HttpHeaders.LINK, "<" + url + ">; rel=\"next\"");
        }
        return response.body(this);
    }
}
