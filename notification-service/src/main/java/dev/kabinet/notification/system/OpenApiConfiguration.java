package dev.kabinet.notification.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API as the gateway exposes it: Swagger UI's "try it out" goes through {@code /api/notification}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI notificationApi(ObjectProvider<BuildProperties> build) {
        var version =
                build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Kabinet notification-service")
                        .description("Уведомления: сообщения в личном кабинете и письма жителям (NT-1).")
                        .version(version))
                .servers(List.of(new Server().url("/api/notification").description("через gateway")));
    }
}
