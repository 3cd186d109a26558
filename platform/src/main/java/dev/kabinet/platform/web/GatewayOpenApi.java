package dev.kabinet.platform.web;

import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Describes a service's API the way residents and integrators reach it: through the gateway at
 * {@code /api/<service>/v1/**}. The service listens on {@code /api/v1/**}; its document gets the server
 * {@code /api/<service>} and paths without the {@code /api} prefix, so Swagger UI's "try it out" and the web client's
 * generated types both hit the gateway's real routes.
 */
public class GatewayOpenApi implements OpenApiCustomizer {

    private static final String SERVICE_PREFIX = "/api";

    private final String service;

    public GatewayOpenApi(String service) {
        this.service = service;
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        openApi.setServers(List.of(new Server()
                .url(SERVICE_PREFIX + "/" + service)
                .description("Through the gateway (BFF); the session cookie and CSRF header are needed")));
        if (openApi.getPaths() == null) {
            return;
        }
        var paths = new Paths();
        openApi.getPaths()
                .forEach((path, item) -> paths.addPathItem(
                        path.startsWith(SERVICE_PREFIX + "/") ? path.substring(SERVICE_PREFIX.length()) : path, item));
        openApi.setPaths(paths);
    }
}
