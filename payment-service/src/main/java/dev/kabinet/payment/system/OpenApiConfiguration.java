package dev.kabinet.payment.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API as the gateway exposes it: Swagger UI's "try it out" goes through {@code /api/payment}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI paymentApi(ObjectProvider<BuildProperties> build) {
        var info = build.getIfAvailable();
        var version = info == null ? "dev" : info.getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Kabinet payment-service")
                        .description(
                                "Платежи по лицевому счёту: история; оплата картой, чеки и возвраты — в следующих версиях.")
                        .version(version))
                .servers(List.of(new Server().url("/api/payment").description("через gateway")));
    }
}
