package dev.kabinet.account;

import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.OpenApiSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@KabinetIntegrationTest
@DisplayName("The web client's OpenAPI snapshot of account-service is what the service serves")
class ApiDocsIT {

    @LocalServerPort
    int port;

    @Test
    void webClientTypesFollowTheServedApi() throws Exception {
        OpenApiSnapshot.assertCurrent(port, "account");
    }
}
