package dev.kabinet.account.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title, description and version of the API; the platform points its server at the gateway. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI accountApi(ObjectProvider<BuildProperties> build) {
        var info = build.getIfAvailable();
        var version = info == null ? "dev" : info.getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Kabinet account-service")
                        .description("Лицевые счета: владелец, адрес, площадь, услуги; какие счета привязаны к входу.")
                        .version(version));
    }
}
