package dev.kabinet.metering;

import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.ResourceServerTokenChecks;
import org.junit.jupiter.api.DisplayName;
import org.springframework.boot.test.web.server.LocalServerPort;

@KabinetIntegrationTest
@DisplayName("metering-service refuses every token but a valid Keycloak one with the kabinet-api audience (401)")
class TokenChecksIT extends ResourceServerTokenChecks {

    @LocalServerPort
    int port;

    @Override
    protected int port() {
        return port;
    }

    @Override
    protected String endpointOfIvanova() {
        return "/api/v1/accounts/1000000011/meters";
    }
}
