package dev.kabinet.metering.readings.web;

import dev.kabinet.metering.readings.Channel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jspecify.annotations.Nullable;

@Schema(name = "SubmitReadingRequest", description = "A reading: one value per scale of the meter")
public record SubmitReadingRequest(
        @Schema(
                description = "One decimal string per scale (T1, T2, T3) exactly as the meter's scales; a"
                        + " point or a comma separates decimals",
                example = "{\"T1\": \"12346.0\"}",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{field.reading.values-required}")
        @Size(min = 1, max = 10, message = "{field.reading.values-size}")
        Map<String, String> values,

        @Schema(
                description = "The resident confirms that a value below the previous accepted one is a rollover of"
                        + " the display past its largest value (MT-2); without it such a reading is refused with"
                        + " `reading-rollover-unconfirmed`",
                example = "false",
                nullable = true)
        @Nullable
        Boolean rolloverConfirmed,

        @Schema(
                description = "Where the resident gave it: PORTAL (the readings page, the default) or PAYMENT (the pay"
                        + " form, MT-8); the history shows it (MT-3)",
                example = "PAYMENT",
                allowableValues = {"PORTAL", "PAYMENT"},
                nullable = true)
        @Nullable
        @Pattern(regexp = "PORTAL|PAYMENT", message = "{field.reading.channel}")
        String channel) {

    public SubmitReadingRequest(Map<String, String> values) {
        this(values, null, null);
    }

    public SubmitReadingRequest(Map<String, String> values, @Nullable Boolean rolloverConfirmed) {
        this(values, rolloverConfirmed, null);
    }

    /** The channel asked for, the portal when none (validated to PORTAL or PAYMENT before this is read). */
    Channel submittedThrough() {
        return channel == null ? Channel.PORTAL : Channel.valueOf(channel);
    }

    boolean confirmsRollover() {
        return Boolean.TRUE.equals(rolloverConfirmed);
    }
}
