package dev.flock.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error pages as problem+json: what Tomcat refuses before any servlet runs (a request line or headers
 * over its limits, a path with an encoded {@code /} or NUL, bad percent-encoding) would otherwise be answered with
 * an HTML page. Installed on the host by {@link #installer()}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    /** Makes this the host's error report valve. */
    public static TomcatContextCustomizer installer() {
        return context -> ((StandardHost) context.getParent())
                .setErrorReportValveClass(ProblemErrorReportValve.class.getName());
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = known != null && known.is4xxClientError()
                ? "The request is malformed or too large (its path, query or headers)."
                : "Something went wrong on our side.";
        String type = ProblemResponses.typeFor(known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known).toString();
        // Every value is one of the constants above, so no JSON escaping is needed.
        String body = "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was committed meanwhile: nothing left to tell it.
        }
    }
}
