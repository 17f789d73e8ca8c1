package dev.flock.query.views.posts;

import dev.flock.query.projection.View;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The posts view: {@link PostsProjector} writes it, {@link PostQueries} reads it. */
@Configuration(proxyBeanMethods = false)
class PostsViewConfiguration {

    @Bean
    View postsView() {
        return View.of(PostQueries.VIEW, PostsProjector::new);
    }
}
