package dev.flock.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * What both services' OpenAPI documents share: the problem answers (one named response per status, each with an
 * example body, which the controllers reference as {@code @ApiResponse(responseCode = "404", ref = "NotFound")}),
 * the {@code Consistency-Token} header and the two security schemes.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

    /** The version of the HTTP API the documents describe (docs/API.md, v2). */
    public static final String API_VERSION = "2";
    /** The name of the {@code Consistency-Token} header component. */
    public static final String CONSISTENCY_TOKEN = "ConsistencyToken";

    private static final Map<String, Problem> PROBLEMS = problems();

    private record Problem(int status, String description, String type, String title, String detail) {
    }

    private static Map<String, Problem> problems() {
        Map<String, Problem> problems = new LinkedHashMap<>();
        problems.put("BadRequest", new Problem(400, "Invalid input; `errors` names each field and what is wrong",
                "validation", "Bad Request", "The request has invalid fields."));
        problems.put("Unauthorized", new Problem(401, "Missing, malformed, expired or forged credentials",
                "unauthorized", "Unauthorized", "A valid bearer token is required."));
        problems.put("Forbidden", new Problem(403, "The credentials are not those of the user the path names",
                "forbidden", "Forbidden", "The token is not john's."));
        problems.put("NotFound", new Problem(404, "The user or resource the path names does not exist",
                "unknown-user", "Not Found", "No user named nobody."));
        problems.put("NotAcceptable", new Problem(406, "The Accept header admits no type this call answers",
                "not-acceptable", "Not Acceptable", "Acceptable representations: [application/jwk-set+json]."));
        problems.put("Conflict", new Problem(409, "The request conflicts with the current state",
                "username-taken", "Conflict", "The username john is taken."));
        problems.put("ContentTooLarge", new Problem(413, "The request body is larger than the service takes (16 KB)",
                "payload-too-large", "Content Too Large", "Request bodies are limited to 16 KB."));
        problems.put("UnprocessableContent", new Problem(422, "Well-formed, but against a rule of the domain",
                "self-follow", "Unprocessable Content", "A user cannot follow or unfollow themselves."));
        problems.put("TooManyRequests", new Problem(429,
                "Too many failed logins for this username; `Retry-After` says when to try again",
                "too-many-requests", "Too Many Requests",
                "Too many failed logins for this username; try again in 2 s."));
        problems.put("ServiceUnavailable", new Problem(503,
                "The view has not reached the Consistency-Token within 10 s; `Retry-After` says when to try again",
                "not-yet-consistent", "Service Unavailable", "The view has not caught up yet; try again."));
        return problems;
    }

    @Bean
    OpenApiCustomizer flockApiComponents() {
        return api -> {
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            api.setComponents(components);
            components.addSchemas("ProblemDetail", new ObjectSchema()
                    .description("RFC 9457 problem details")
                    .addProperty("type", new StringSchema().format("uri"))
                    .addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema())
                    .addProperty("detail", new StringSchema())
                    .addProperty("instance", new StringSchema().format("uri"))
                    .addProperty("errors", new MapSchema().additionalProperties(new StringSchema())
                            .description("For invalid input: each field and what is wrong with it")));
            PROBLEMS.forEach((name, problem) -> components.addResponses(name, response(problem)));
            components.addHeaders(CONSISTENCY_TOKEN, new Header()
                    .description("Send it back on a query to read this command's effect (read-your-writes)")
                    .schema(new StringSchema().example("4711")));
            components.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").bearerFormat("JWT").description("A token from POST /api/tokens"));
            components.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("basic").description("Username and password (logins) or the operator's credentials"));
        };
    }

    /**
     * Last: what a client generator and a standard linter (Redocly's recommended rules, checked in the build) need of
     * each document. A title, the API's version and its licence; the server as the path the document was fetched
     * from (springdoc would write the URL it was asked on, {@code localhost} in every test); no {@code /error}
     * (Spring's error page, not part of the API: every error is the problem answer of the call that failed); an
     * operation that declares no security requirement is public, and says so ({@code security: []}) instead of
     * leaving a client to guess; header references without springdoc's {@code style} beside the {@code $ref}; and
     * only the problem answers and headers this service's calls use.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer flockApiDocument(Environment environment) {
        return api -> {
            api.info(new Info()
                    .title(environment.getProperty("flock.api-docs.title", "Flock"))
                    .version(API_VERSION)
                    .description("The contract: docs/API.md. Errors are RFC 9457 problem details.")
                    .license(new License().name("Proprietary: all rights reserved")
                            .identifier("LicenseRef-Proprietary")));
            api.servers(List.of(new Server().url("/").description("This service")));
            Paths paths = api.getPaths() == null ? new Paths() : api.getPaths();
            paths.remove("/error");
            Set<String> used = new HashSet<>();
            Set<String> usedHeaders = new HashSet<>();
            paths.values().stream().flatMap(path -> path.readOperations().stream()).forEach(operation -> {
                if (operation.getSecurity() == null) {
                    operation.setSecurity(List.of());
                }
                operation.getResponses().values().forEach(response -> {
                    if (response.get$ref() != null) {
                        used.add(refName(response.get$ref()));
                    }
                    if (response.getHeaders() != null) {
                        response.getHeaders().values().stream().filter(header -> header.get$ref() != null)
                                .forEach(header -> {
                                    header.setStyle(null);
                                    usedHeaders.add(refName(header.get$ref()));
                                });
                    }
                });
            });
            if (api.getComponents() != null && api.getComponents().getResponses() != null) {
                api.getComponents().getResponses().keySet().retainAll(used);
            }
            if (api.getComponents() != null && api.getComponents().getHeaders() != null) {
                api.getComponents().getHeaders().keySet().retainAll(usedHeaders);
            }
        };
    }

    /** {@code X} of {@code #/components/<kind>/X}. */
    private static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static ApiResponse response(Problem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemResponses.TYPE_PREFIX + problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        if (problem.status() == 400) {
            body.put("errors", Map.of("username", "must be 3 to 30 characters from [A-Za-z0-9_]"));
        }
        Schema<?> schema = new Schema<>().$ref("#/components/schemas/ProblemDetail");
        ApiResponse response = new ApiResponse().description(problem.description())
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(schema).addExamples(problem.type(), new Example().value(body))));
        if (problem.status() == 429 || problem.status() == 503) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait")
                    .schema(new StringSchema().example("1")));
        }
        return response;
    }
}
