package dev.kabinet.billing;

import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.ResourceServerTokenChecks;
import org.junit.jupiter.api.DisplayName;
import org.springframework.boot.test.web.server.LocalServerPort;

@KabinetIntegrationTest
@DisplayName("billing-service refuses every token but a valid Keycloak one with the kabinet-api audience (401)")
class TokenChecksIT extends ResourceServerTokenChecks {

    @LocalServerPort
    int port;

    @Override
    protected int port() {
        return port;
    }

    @Override
    protected String endpointOfIvanova() {
        return "/api/v1/accounts/1000000011/charge-previews/5f0c7a52-1b7e-4c1e-9a55-6e2d7f3c9b10";
    }
}
