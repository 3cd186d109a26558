package dev.kabinet.platform.web;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Every refusal a service makes outside its controllers is a problem detail too: errors Tomcat raises before Spring
 * MVC ({@link ProblemErrorReportValve} replaces the host's HTML error report) and errors sent to the error page by a
 * filter, e.g. Spring Security's firewall ({@link ProblemErrorController} replaces Boot's white-label
 * {@code /error}). A query or form Tomcat cannot decode, or an unparsable {@code Accept}, {@code Content-Type} or
 * {@code Accept-Language}, is refused with a problem by
 * {@link UnreadableRequestFilter} before a controller fails on it. No error names the server.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemErrorPagesConfiguration {

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({Tomcat.class, TomcatServletWebServerFactory.class})
    static class TomcatErrorReport {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }

        @Bean
        FilterRegistrationBean<UnreadableRequestFilter> unreadableRequests() {
            var registration = new FilterRegistrationBean<>(new UnreadableRequestFilter());
            // after the observation filter (HIGHEST_PRECEDENCE + 1), before Spring Security and every other reader
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
            return registration;
        }
    }
}
