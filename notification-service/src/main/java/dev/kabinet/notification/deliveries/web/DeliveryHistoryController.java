package dev.kabinet.notification.deliveries.web;

import dev.kabinet.notification.deliveries.Deliveries;
import dev.kabinet.platform.security.AccountNumber;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The resident's notification history (NT-1): what was sent about the account, where and when. */
@RestController
@RequestMapping(path = "/api/v1/accounts/{number}/deliveries", produces = "application/json")
@Tag(name = "Notification history", description = "What was sent about the account, where and when")
class DeliveryHistoryController {

    private final Deliveries deliveries;

    DeliveryHistoryController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    @Operation(operationId = "deliveries", summary = "The account's deliveries on every channel, newest first")
    @ApiResponse(
            responseCode = "200",
            description = "A page of deliveries (empty past the last one); recipients masked",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = DeliveryView.class))))
    List<DeliveryView> deliveries(
            AccountNumber number,
            @Parameter(description = "Page number, from 0")
                    @RequestParam(defaultValue = "0")
                    @Min(value = 0, message = "{field.page.min}")
                    int page,
            @Parameter(description = "Page size, 1..100")
                    @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = "{field.size.range}")
                    @Max(value = 100, message = "{field.size.range}")
                    int size) {
        return deliveries.of(number.value(), page, size).stream()
                .map(DeliveryView::of)
                .toList();
    }
}
