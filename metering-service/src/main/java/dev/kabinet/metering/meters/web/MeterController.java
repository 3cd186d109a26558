package dev.kabinet.metering.meters.web;

import dev.kabinet.metering.meters.Meters;
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
@RequestMapping(path = "/api/v1/accounts/{number}/meters", produces = "application/json")
@Tag(name = "Meters", description = "Individual meters of an account (MT-1)")
class MeterController {

    private final Meters meters;

    MeterController(Meters meters) {
        this.meters = meters;
    }

    @GetMapping
    @Operation(
            operationId = "listMeters",
            summary = "List the account's meters with their last reading",
            description = "Working meters first, then retired ones. Each carries its newest reading of any status,"
                    + " or null. An empty list means the account has no individual meter.")
    @ApiResponse(
            responseCode = "200",
            description = "The meters",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = MeterView.class))))
    List<MeterView> list(AccountNumber number) {
        return meters.ofAccount(number.value()).stream().map(MeterView::of).toList();
    }
}
