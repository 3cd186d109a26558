package dev.kabinet.metering.meters.web;

import dev.kabinet.metering.meters.CommonHouseMeter;
import dev.kabinet.metering.meters.UtilityService;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.YearMonth;
import java.util.List;

@Schema(name = "CommonHouseMeter", description = "A common-house (ОДН) meter of the account's house (MT-6)")
public record CommonHouseMeterView(
        @Schema(example = "700101") long id,
        @Schema(example = "ОДПУ-ЭЭ-0042") String serialNumber,
        @Schema(example = "ELECTRICITY") UtilityService service,

        @Schema(description = "Monthly volumes, newest first")
        List<VolumeView> volumes) {

    static CommonHouseMeterView of(CommonHouseMeter meter) {
        return new CommonHouseMeterView(
                meter.id(),
                meter.serialNumber(),
                meter.service(),
                meter.volumes().stream()
                        .map(v -> new VolumeView(
                                v.period(),
                                v.houseVolume().stripTrailingZeros().toPlainString(),
                                v.accountShare().stripTrailingZeros().toPlainString()))
                        .toList());
    }

    @Schema(name = "CommonHouseVolume")
    public record VolumeView(
            @Schema(example = "2026-10", type = "string", pattern = "^[0-9]{4}-[0-9]{2}$")
            YearMonth period,

            @Schema(description = "The whole house's volume, decimal string", example = "18250.5")
            String houseVolume,

            @Schema(description = "The part charged to this account, decimal string", example = "96.12")
            String accountShare) {}
}
