package dev.kabinet.gateway.webclient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Serves the web client (module {@code web-client}, which puts the built SPA under {@code META-INF/resources/}).
 * Vite's content-hashed {@code /assets/**} are cached for a year; everything else, {@code index.html} first, is
 * revalidated on every load so a new release shows at once. Page navigations to the SPA's own routes
 * ({@code /accounts/1000000011}) get {@code index.html} and the client-side router takes over.
 */
@Configuration(proxyBeanMethods = false)
class WebClientResources implements WebFluxConfigurer {

    private static final Logger log = LoggerFactory.getLogger(WebClientResources.class);
    private static final String LOCATION = "classpath:/META-INF/resources/";

    /** Paths the server owns; a navigation there never falls back to the SPA. */
    private static final List<String> SERVER_PATHS =
            List.of("/api", "/bff", "/oauth2", "/login", "/logout", "/actuator", "/swagger-ui", "/v3", "/webjars");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(LOCATION + "assets/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/**").addResourceLocations(LOCATION).setCacheControl(CacheControl.noCache());
    }

    @Bean
    RouterFunction<ServerResponse> singlePageApplication() {
        Resource index = new ClassPathResource("META-INF/resources/index.html");
        if (!index.exists()) {
            log.warn("The web client is not on the classpath (no META-INF/resources/index.html): pages answer 404");
        }
        return RouterFunctions.route(
                RequestPredicates.GET("/**").and(WebClientResources::isPageNavigation),
                request -> index.exists()
                        ? ServerResponse.ok()
                                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                                .cacheControl(CacheControl.noCache())
                                .body(BodyInserters.fromResource(index))
                        : Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /** A GET for a page of the SPA: accepts HTML, is not a server path and does not name a file. */
    static boolean isPageNavigation(ServerRequest request) {
        String path = request.path();
        boolean acceptsHtml = request.headers().accept().isEmpty()
                || request.headers().accept().stream().anyMatch(type -> type.includes(MediaType.TEXT_HTML));
        return acceptsHtml && !serverPath(path) && !namesFile(path);
    }

    private static boolean serverPath(String path) {
        return SERVER_PATHS.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private static boolean namesFile(String path) {
        return path.substring(path.lastIndexOf('/') + 1).contains(".");
    }
}
