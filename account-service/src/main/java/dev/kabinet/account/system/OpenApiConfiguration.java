package dev.kabinet.account.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.util.List;

/** The API as the gateway exposes it: Swagger UI's "try it out" goes through {@code /api/account}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI accountApi(ObjectProvider<BuildProperties> build) {
        var version = build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Kabinet account-service")
                        .description("Лицевые счета: владелец, адрес, площадь, услуги; какие счета привязаны к входу.")
                        .version(version))
                .servers(List.of(new Server().url("/api/account").description("через gateway")));
    }
}
