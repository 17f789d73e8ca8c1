package dev.flock.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per API call with its outcome and duration, and a request id in every log line written while the
 * call runs ({@code requestId} in the MDC; the {@code X-Request-Id} the client sent if it is sane, a new one
 * otherwise, echoed in the response). Never logs bodies, query strings or headers: no password or token reaches a
 * log. A call that waits asynchronously is logged once, when it is answered.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLog extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);
    private static final String CALL = RequestLog.class.getName() + ".call";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    /** A call suspended while it waits (asynchronous processing) runs here again when it resumes. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Call call = (Call) request.getAttribute(CALL);
        if (call == null) {
            String sent = request.getHeader(HEADER);
            call = new Call(sent != null && SANE_ID.matcher(sent).matches() ? sent : newId(),
                    System.nanoTime());
            request.setAttribute(CALL, call);
            response.setHeader(HEADER, call.id());
        }
        MDC.put(MDC_KEY, call.id());
        try {
            chain.doFilter(request, response);
        } finally {
            if (!request.isAsyncStarted()) {
                log.info("{} {} -> {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - call.started()) / 1_000_000);
            }
            MDC.remove(MDC_KEY);
        }
    }

    /** The request id and start of a call, kept on the request across its dispatches. */
    private record Call(String id, long started) {
    }

    /**
     * A new request id in UUID form. Not {@code UUID.randomUUID()}: its one shared {@code SecureRandom} is a lock
     * every request thread queued on under load (JFR, docs/benchmarks/2026-12-02-16b.md), and a request id is no
     * secret; it only has to be unique enough to find a call's lines.
     */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // the version (4, random) and variant bits of a random UUID
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
