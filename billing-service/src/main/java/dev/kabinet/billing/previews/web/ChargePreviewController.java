package dev.kabinet.billing.previews.web;

import dev.kabinet.billing.previews.ChargePreviews;
import dev.kabinet.platform.security.AccountAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts/{number}/charge-previews")
@Tag(name = "Charge previews", description = "What a submitted reading will cost (MT-7)")
class ChargePreviewController {

    private final ChargePreviews previews;
    private final AccountAccess access;

    ChargePreviewController(ChargePreviews previews, AccountAccess access) {
        this.previews = previews;
        this.access = access;
    }

    @GetMapping("/{readingId}")
    @Operation(summary = "The preview charge of a submitted reading")
    @ApiResponse(responseCode = "200", description = "Calculated")
    @ApiResponse(
            responseCode = "404",
            description = "Not calculated yet (problem charge-preview-not-ready): ask again in a few seconds",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "403",
            description = "The account is not linked to the caller (problem account-access-denied)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ChargePreviewView preview(
            @PathVariable @Pattern(regexp = "[0-9]{10,13}", message = "Номер лицевого счёта — от 10 до 13 цифр")
                    String number,
            @PathVariable UUID readingId) {
        access.check(number);
        return ChargePreviewView.of(previews.of(number, readingId));
    }
}
