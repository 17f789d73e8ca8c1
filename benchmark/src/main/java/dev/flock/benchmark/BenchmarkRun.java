package dev.flock.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the scenarios of one run share: the database, the two packaged services, the dataset and how many events
 * it made, the report, and the ways to reach each of them.
 */
final class BenchmarkRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final Dataset dataset;
    final long events;
    /** When the query side was started on the appended events (its views' first build began). */
    final long buildStarted;
    final Service commands;
    final Service queries;
    /** The seed's design and the stack's floor in Flock's stack ({@code benchmark-seed}); null where not run. */
    final Service seed;
    final Report report;
    /** How long each load runs. */
    final Duration step;
    final Path out;
    private final String jdbcUrl;
    private final String operator;
    private final Tokens tokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<Integer, String> bearers = new ConcurrentHashMap<>();

    BenchmarkRun(Dataset dataset, long events, long buildStarted, Service commands, Service queries, Service seed,
                 Report report, Duration step, Path out, String jdbcUrl, String operator, Tokens tokens) {
        this.dataset = dataset;
        this.events = events;
        this.buildStarted = buildStarted;
        this.commands = commands;
        this.queries = queries;
        this.seed = seed;
        this.report = report;
        this.step = step;
        this.out = out;
        this.jdbcUrl = jdbcUrl;
        this.operator = operator;
        this.tokens = tokens;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }

    /** The one number a query answers. */
    long count(String query) throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The one text value a query with one parameter answers. */
    String text(String query, Object parameter) throws SQLException {
        try (Connection db = connect(); PreparedStatement sql = db.prepareStatement(query)) {
            sql.setObject(1, parameter);
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** The schema of the view's live slot, e.g. {@code timeline_a}. */
    String live(String view) throws SQLException {
        return view + "_" + text("select live_slot from query.projection_slot where view_name = ?", view);
    }

    /** The bearer token of dataset user {@code bench<user>}. */
    String bearer(int user) {
        return bearers.computeIfAbsent(user, u -> {
            try {
                return tokens.bearer(text("select id from public.bench_user_ids where i = ?", u), "bench" + u);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Makes the bearer tokens of users {@code bench<first>} to {@code bench<last>} now, untimed: made during a
     * timed load, each first use would cost the client a query and an ES256 signature (measured: a timeline read's
     * p50 went from about 1 ms to 14 ms when every read was a reader's first).
     */
    void prepareBearers(int first, int last) throws SQLException {
        try (Connection db = connect(); PreparedStatement sql = db.prepareStatement(
                "select i, id from public.bench_user_ids where i between ? and ?")) {
            sql.setInt(1, first);
            sql.setInt(2, last);
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    int user = rs.getInt(1);
                    bearers.put(user, tokens.bearer(rs.getString(2), "bench" + user));
                }
            }
        }
    }

    /** Sends a request and answers its status, discarding the body. */
    int send(String method, int port, String path, String bearer, String body) throws Exception {
        return http.send(request(method, port, path, bearer, body), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    HttpResponse<String> exchange(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest request(String method, int port, String path, String bearer, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return request.build();
    }

    /** A call of the query side's operator API; anything but a 2xx ends the run. */
    JsonNode admin(String method, String path) throws Exception {
        HttpResponse<String> response = exchange(request(method, queries.port(), path, operator, null));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    /** A per-view gauge of the query side's Prometheus metrics, by view. */
    Map<String, Double> gauge(String name) throws Exception {
        String metrics = exchange(HttpRequest.newBuilder(URI.create("http://localhost:" + queries.managementPort()
                + "/actuator/prometheus")).build()).body();
        Map<String, Double> byView = new LinkedHashMap<>();
        String prefix = name + "{view=\"";
        metrics.lines().filter(line -> line.startsWith(prefix)).forEach(line -> byView.put(
                line.substring(prefix.length(), line.indexOf('"', prefix.length())),
                Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))));
        return byView;
    }
}
