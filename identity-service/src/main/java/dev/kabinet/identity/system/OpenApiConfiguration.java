package dev.kabinet.identity.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API as the gateway exposes it: Swagger UI's "try it out" goes through {@code /api/identity}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI identityApi(ObjectProvider<BuildProperties> build) {
        var info = build.getIfAvailable();
        var version = info == null ? "dev" : info.getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Kabinet identity-service")
                        .description(
                                "Учётные записи жителей: профиль из Keycloak; регистрация, восстановление доступа и привязка счетов — в следующих версиях.")
                        .version(version))
                .servers(List.of(new Server().url("/api/identity").description("через gateway")));
    }
}
