package dev.flock.query.web;

import dev.flock.query.paging.PageRequest;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.method.HandlerMethod;

/**
 * What every paged or read-your-writes query has in common, written into the OpenAPI document once instead of on
 * each controller method: a {@link PageRequest} argument becomes the {@code limit} and {@code cursor} parameters,
 * the {@code Link} header and the 400 answer; a {@link ConsistentRead} method gets the {@code Consistency-Token}
 * header and the 503 answer. A public call that also takes the reader's bearer token ({@code @AuthenticationPrincipal},
 * for a protected account's lists or a relationship's private flags) says the token is optional.
 */
@Configuration(proxyBeanMethods = false)
class QueryApiDocs {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageRequest.class);
    }

    @Bean
    OperationCustomizer pagingAndConsistency() {
        return (operation, handler) -> {
            if (takes(handler, PageRequest.class)) {
                documentPaging(operation);
            }
            if (operation.getSecurity() == null && Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.hasParameterAnnotation(AuthenticationPrincipal.class))) {
                operation.setSecurity(List.of(new SecurityRequirement(),
                        new SecurityRequirement().addList("bearer")));
            }
            if (handler.hasMethodAnnotation(ConsistentRead.class)) {
                operation.addParametersItem(new Parameter().in("header").name(ConsistencyWaits.HEADER)
                        .description("The `Consistency-Token` of a command: the answer waits until the view "
                                + "reflects it (up to 10 s); a token beyond every stored event is a 400")
                        .schema(new StringSchema().pattern("^[0-9]{1,19}$")));
                responses(operation).addApiResponse("400", ref("BadRequest"));
                responses(operation).addApiResponse("503", ref("ServiceUnavailable"));
            }
            return operation;
        };
    }

    private static void documentPaging(Operation operation) {
        operation.addParametersItem(new Parameter().in("query").name("limit")
                        .description("Items per page")
                        .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)
                                .maximum(java.math.BigDecimal.valueOf(PageRequest.MAX_LIMIT))
                                ._default(PageRequest.DEFAULT_LIMIT)))
                .addParametersItem(new Parameter().in("query").name("cursor")
                        .description("Opaque: the `next` of the previous page")
                        .schema(new StringSchema()));
        ApiResponses responses = responses(operation);
        ApiResponse ok = responses.get("200");
        if (ok != null) {
            ok.addHeaderObject("Link", new Header().description("`<url>; rel=\"next\"` when there is a next page")
                    .schema(new StringSchema()));
        }
        responses.addApiResponse("400", ref("BadRequest"));
    }

    private static ApiResponses responses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        return operation.getResponses();
    }

    private static ApiResponse ref(String name) {
        return new ApiResponse().$ref("#/components/responses/" + name);
    }

    private static boolean takes(HandlerMethod handler, Class<?> type) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == type);
    }
}
