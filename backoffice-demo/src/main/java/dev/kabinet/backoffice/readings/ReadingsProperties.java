package dev.kabinet.backoffice.readings;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kabinet.backoffice-demo.readings.*}: how the demo back office decides readings and sends its history (BO-2).
 *
 * @param decideAfter how long after a reading is submitted the decision goes out (default 10 s: time for a resident to delete a reading just sent, MT-4)
 * @param factor a reading is refused when its consumption in any zone is more than {@code factor} times the meter's
 *     average monthly consumption in that zone (DOMAIN.md "Meter readings": more than 5× the average; default 5)
 * @param defaultMonthlyAverage the average assumed for a meter the back office holds no history of (per zone, in the
 *     meter's unit; default 500)
 * @param submissionsTopic where metering publishes readings
 * @param decisionsTopic where the decisions go
 * @param accountsTopic Kabinet's accounts: when an account appears there, its history is sent
 * @param historyTopic where the history goes
 */
@Validated
@ConfigurationProperties("kabinet.backoffice-demo.readings")
public record ReadingsProperties(
        @DefaultValue("10s") @NotNull Duration decideAfter,
        @DefaultValue("5") @DecimalMin("1") BigDecimal factor,
        @DefaultValue("500") @DecimalMin("0.001") BigDecimal defaultMonthlyAverage,
        @DefaultValue("metering.readings") @NotBlank String submissionsTopic,

        @DefaultValue("backoffice.reading-decisions") @NotBlank
        String decisionsTopic,

        @DefaultValue("account.accounts") @NotBlank String accountsTopic,
        @DefaultValue("backoffice.readings") @NotBlank String historyTopic) {}
