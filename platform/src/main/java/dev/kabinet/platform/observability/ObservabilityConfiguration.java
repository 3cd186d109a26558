package dev.kabinet.platform.observability;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.ObservationFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Observability that every service shares (docs/adr/0030): what a span may carry. A request's span would otherwise
 * carry its full path ({@code http.url}, e.g. {@code /api/v1/accounts/1000000011/readings}), and with it an account
 * number, to whatever trace backend the spans are exported to: it carries the route template instead
 * ({@code /api/v1/accounts/{number}/readings}), the same value as the metrics' {@code uri} tag.
 */
@AutoConfiguration
public class ObservabilityConfiguration {

    static final String URL = "http.url";
    static final String URI = "uri";

    @Bean
    ObservationFilter requestPathWithoutAccountNumbers() {
        return context -> {
            if (context instanceof ServerRequestObservationContext) {
                var template = context.getLowCardinalityKeyValue(URI);
                if (context.getHighCardinalityKeyValue(URL) != null) {
                    context.addHighCardinalityKeyValue(
                            KeyValue.of(URL, template == null ? KeyValue.NONE_VALUE : template.getValue()));
                }
            }
            return context;
        };
    }
}
