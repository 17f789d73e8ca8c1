package dev.flock.query.views.profiles;

import dev.flock.query.projection.View;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The profiles view: {@link ProfileProjector} writes it, {@link Profiles} reads it. */
@Configuration(proxyBeanMethods = false)
class ProfilesViewConfiguration {

    @Bean
    View profilesView() {
        return View.of(Profiles.VIEW, ProfileProjector::new);
    }
}
