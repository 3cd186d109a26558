package dev.kabinet.billing.system;

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
    OpenAPI billingApi(ObjectProvider<BuildProperties> build) {
        var version =
                build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Kabinet billing-service")
                        .description("Тарифы и начисления. Пока — предварительное начисление по переданному показанию"
                                + " (MT-7). Деньги — целые копейки, расход — десятичная строка.")
                        .version(version));
    }
}
