package dev.flock.web;

import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The HTTP layer both services share, around their controllers: a log line and request id per call, the cap on
 * request bodies, problem+json for every refusal (Spring MVC's, Spring Security's firewall's, Tomcat's own), and
 * the OpenAPI components.
 */
@Configuration(proxyBeanMethods = false)
@Import({RequestLog.class, RequestBodyLimit.class, ProblemErrorController.class, ApiDocs.class})
public class FlockWeb {

    @Bean
    TomcatContextCustomizer problemErrorReportValve() {
        return ProblemErrorReportValve.installer();
    }
}
