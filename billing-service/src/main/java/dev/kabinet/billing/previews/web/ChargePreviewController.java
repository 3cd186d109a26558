package dev.kabinet.billing.previews.web;

import dev.kabinet.billing.previews.ChargePreviews;
import dev.kabinet.platform.security.AccountNumber;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/accounts/{number}/charge-previews", produces = "application/json")
@Tag(name = "Charge previews", description = "What a submitted reading will cost (MT-7)")
class ChargePreviewController {

    private final ChargePreviews previews;

    ChargePreviewController(ChargePreviews previews) {
        this.previews = previews;
    }

    @GetMapping("/{readingId}")
    @Operation(operationId = "getChargePreview", summary = "The preview charge of a submitted reading")
    @ApiResponse(
            responseCode = "200",
            description = "Calculated",
            content = @Content(schema = @Schema(implementation = ChargePreviewView.class)))
    @ProblemResponse(
            status = 404,
            types = {"charge-preview-not-ready", "charge-preview-not-found"},
            description = "charge-preview-not-ready: a reading submitted within the grace period (kabinet.billing."
                    + "charge-preview-grace) is not priced yet, ask again in a few seconds; charge-preview-not-found:"
                    + " none will come (an older or unknown id). A reading of another account gets the answer an"
                    + " unknown id of the same age gets")
    ChargePreviewView preview(
            AccountNumber number, @Parameter(description = "Reading id") @PathVariable UUID readingId) {
        return ChargePreviewView.of(previews.of(number.value(), readingId));
    }
}
