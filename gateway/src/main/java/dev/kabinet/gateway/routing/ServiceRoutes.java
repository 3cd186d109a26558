package dev.kabinet.gateway.routing;

import static org.springframework.cloud.gateway.support.RouteMetadataUtils.CONNECT_TIMEOUT_ATTR;
import static org.springframework.cloud.gateway.support.RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR;

import dev.kabinet.gateway.system.GatewayProperties;
import java.util.Map;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Two routes per service {@code <svc>} of {@code kabinet.gateway.services}:
 *
 * <ul>
 *   <li>{@code /api/<svc>/v1/**} to the service's {@code /api/v1/**}, with the resident's access token relayed as
 *       a bearer token ({@code TokenRelay} renews it with the refresh token when it has expired);
 *   <li>{@code GET /api/<svc>/v3/api-docs} to the service's {@code /v3/api-docs}, anonymous, for the Swagger UI.
 * </ul>
 *
 * Both with the configured connect and response timeouts and the public prefix, by which {@link PublicAddressFilter}
 * turns the service's addresses in a response into public ones; a service that is down answers a 503 problem
 * ({@code ProblemErrorHandler}).
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

    @Bean
    RouteLocator serviceRouteLocator(RouteLocatorBuilder builder, GatewayProperties properties) {
        var routes = builder.routes();
        properties.services().forEach((service, uri) -> {
            String prefix = PublicAddresses.publicPrefix(service);
            Map<String, Object> metadata = Map.of(
                    CONNECT_TIMEOUT_ATTR,
                    (int) properties.connectTimeout().toMillis(),
                    RESPONSE_TIMEOUT_ATTR,
                    properties.responseTimeout().toMillis(),
                    PublicAddressFilter.PUBLIC_PREFIX,
                    prefix);
            routes.route(service + "-api", route -> route.path(prefix + "/v1", prefix + "/v1/**")
                    .filters(filters -> stateless(filters)
                            .rewritePath("^" + prefix + "/(?<path>v1(/.*)?)$", "/api/${path}")
                            .tokenRelay())
                    .metadata(metadata)
                    .uri(uri));
            routes.route(service + "-api-docs", route -> route.method(HttpMethod.GET)
                    .and()
                    .path(prefix + "/v3/api-docs")
                    .filters(filters -> stateless(filters).setPath("/v3/api-docs"))
                    .metadata(metadata)
                    .uri(uri));
        });
        return routes.build();
    }

    /** The services are stateless: they get the bearer token, never the browser's cookies, and set none. */
    private static GatewayFilterSpec stateless(GatewayFilterSpec filters) {
        return filters.removeRequestHeader(HttpHeaders.COOKIE).removeResponseHeader(HttpHeaders.SET_COOKIE);
    }
}
