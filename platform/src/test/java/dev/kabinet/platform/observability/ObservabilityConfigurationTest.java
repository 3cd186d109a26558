package dev.kabinet.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.common.KeyValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@DisplayName("#12 a request's span carries the route template, never the account number in its path")
class ObservabilityConfigurationTest {

    @Test
    void replacesTheRequestPathByTheRouteTemplate() {
        var request = new MockHttpServletRequest("POST", "/api/v1/accounts/1000000011/meters/101/readings");
        var context = new ServerRequestObservationContext(request, new MockHttpServletResponse());
        context.setPathPattern("/api/v1/accounts/{number}/meters/{meterId}/readings");
        var convention = new DefaultServerRequestObservationConvention();
        context.addLowCardinalityKeyValues(convention.getLowCardinalityKeyValues(context));
        context.addHighCardinalityKeyValues(convention.getHighCardinalityKeyValues(context));
        assertThat(context.getHighCardinalityKeyValue("http.url").getValue()).contains("1000000011");

        new ObservabilityConfiguration().requestPathWithoutAccountNumbers().map(context);

        assertThat(context.getHighCardinalityKeyValue("http.url"))
                .isEqualTo(KeyValue.of("http.url", "/api/v1/accounts/{number}/meters/{meterId}/readings"));
        assertThat(context.getAllKeyValues().stream().map(KeyValue::getValue))
                .noneMatch(value -> value.contains("1000000011"));
    }
}
