package dev.kabinet.metering.meters.web;

import dev.kabinet.metering.meters.CommonHouseMeters;
import dev.kabinet.platform.security.AccountNumber;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/accounts/{number}/common-house-meters", produces = "application/json")
@Tag(name = "Meters")
class CommonHouseMeterController {

    private final CommonHouseMeters commonHouse;

    CommonHouseMeterController(CommonHouseMeters commonHouse) {
        this.commonHouse = commonHouse;
    }

    @GetMapping
    @Operation(
            operationId = "listCommonHouseMeters",
            summary = "The common-house (ОДН) meters of the account's house with their monthly volumes (MT-6)",
            description = "The house's volume and the account's share per month, newest first. An empty list means"
                    + " the utility has sent no common-house meter for the house.")
    @ApiResponse(
            responseCode = "200",
            description = "The common-house meters",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = CommonHouseMeterView.class))))
    List<CommonHouseMeterView> list(AccountNumber number) {
        return commonHouse.ofAccount(number.value()).stream()
                .map(CommonHouseMeterView::of)
                .toList();
    }
}
