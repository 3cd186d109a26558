package dev.kabinet.platform.web;

import dev.kabinet.platform.security.AccountAccess;
import dev.kabinet.platform.security.CallersAccountResolver;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Problem details for every error and the trace id echoed to the caller, so a complaint can be matched to the logs;
 * request bodies read by the strict, bounded {@link RequestJson} mapper and text parameters checked by
 * {@link RequestTextInterceptor} (issue #5).
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@EnableConfigurationProperties(RequestJson.Limits.class)
public class PlatformWebConfiguration {

    public static final String TRACE_HEADER = "X-Trace-Id";

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(
            ObjectProvider<Tracer> tracer,
            ObjectProvider<ProblemStatuses> statuses,
            MessageSource messages,
            @Value("${kabinet.problems.strict:false}") boolean strict) {
        return new ProblemDetailsAdvice(tracer, statuses, messages, strict);
    }

    /** Russian or English from Accept-Language, as everywhere in Kabinet (replaces Boot's default resolver). */
    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new PlatformLocaleResolver();
    }

    @Bean
    ProblemDocumentation problemDocumentation() {
        return new ProblemDocumentation();
    }

    /** Every controller gets the caller's account from the path through one check: format, then access. */
    @Bean
    WebMvcConfigurer callersAccount(ObjectProvider<AccountAccess> access) {
        var resolver = new CallersAccountResolver(access.getIfAvailable(AccountAccess::new));
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(resolver);
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RequestTextInterceptor());
            }
        };
    }

    /**
     * Request bodies are read by the request mapper: a read-only JSON converter goes just before Boot's (inserted once
     * every converter is in the list, whatever order the customizers ran in), so Boot's converter still writes every
     * answer as before (springdoc's documents included). The application's {@code JsonMapper} bean (Kafka events,
     * outbound clients) is left as Boot made it.
     */
    @Bean
    ServerHttpMessageConvertersCustomizer requestJson(
            ObjectProvider<JsonMapperBuilderCustomizer> customizers, RequestJson.Limits limits) {
        var reader = new RequestJson.Reader(
                RequestJson.mapper(customizers.orderedStream().toList(), limits));
        return builder -> builder.configureMessageConvertersList(converters -> {
            for (int i = 0; i < converters.size(); i++) {
                if (converters.get(i) instanceof JacksonJsonHttpMessageConverter
                        && !(converters.get(i) instanceof RequestJson.Reader)) {
                    converters.add(i, reader);
                    return;
                }
            }
            converters.add(reader);
        });
    }

    @Bean
    GatewayOpenApi gatewayOpenApi(@Value("${kabinet.service}") String service) {
        return new GatewayOpenApi(service);
    }

    @Bean
    PropertiesRequiredByDefault propertiesRequiredByDefault() {
        return new PropertiesRequiredByDefault();
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> traceIdResponseHeader(ObjectProvider<Tracer> tracer) {
        var filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var current = tracer.getIfAvailable();
                if (current != null && current.currentSpan() != null) {
                    response.setHeader(
                            TRACE_HEADER, current.currentSpan().context().traceId());
                }
                chain.doFilter(request, response);
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
