package dev.flock.query.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Paged lists take their {@code limit} and {@code cursor} as one {@code PageRequest} argument; reads marked
 * {@link dev.flock.query.web.ConsistentRead} wait for their {@code Consistency-Token} in {@link ConsistencyWaits}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final ConsistencyWaits consistencyWaits;

    WebConfig(ConsistencyWaits consistencyWaits) {
        this.consistencyWaits = consistencyWaits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(consistencyWaits);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PageRequestResolver());
    }
}
