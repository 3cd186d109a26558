package dev.kabinet.billing.receipts.web;

import dev.kabinet.billing.receipts.Receipts;
import dev.kabinet.platform.security.AccountNumber;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/accounts/{number}/receipts")
@Tag(name = "Receipts", description = "The single payment document of a closed period as PDF (BL-3)")
class ReceiptsController {

    static final String PDF_POLICY =
            "default-src 'none'; object-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:;"
                    + " frame-ancestors 'none'";

    private final Receipts receipts;

    ReceiptsController(Receipts receipts) {
        this.receipts = receipts;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getReceipts", summary = "The periods whose receipt can be downloaded, newest first")
    @ApiResponse(
            responseCode = "200",
            description = "The closed periods kept (at least the last 3); empty before the first period closes",
            content = @Content(schema = @Schema(implementation = ReceiptsView.class)))
    ReceiptsView list(AccountNumber number) {
        return ReceiptsView.of(number.value(), receipts.periods(number.value()));
    }

    // No `produces`: a browser's navigation and the API client's JSON Accept both reach the account check and the
    // period check (a 403 or 404 problem, never a 406); the preset Content-Type answers the PDF to any Accept.
    @GetMapping("/{period}")
    @Operation(
            operationId = "getReceipt",
            summary = "The receipt of a closed period: A4 PDF with the payment QR code (GOST R 56042-2014), inline"
                    + " with a file name for saving")
    @ApiResponse(
            responseCode = "200",
            description = "The PDF; one receipt per page group, a separately issued line on a page of its own",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PDF_VALUE,
                            schema = @Schema(type = "string", format = "binary")))
    @ProblemResponse(
            status = 404,
            types = "receipt-period-not-closed",
            description = "The period is not closed yet or is older than the periods kept")
    ResponseEntity<byte[]> receipt(
            AccountNumber number,
            @Parameter(
                            description = "The period, YYYY-MM",
                            example = "2026-10",
                            schema = @Schema(pattern = "^\\d{4}-\\d{2}$"))
                    @PathVariable
                    YearMonth period) {
        var pdf = receipts.pdf(number.value(), period);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(ReceiptsView.fileName(number.value(), period))
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                // the browser's own PDF viewer shows it in a tab: the gateway's page policy (object-src 'none') is
                // for the web client's pages and stays off a PDF that carries no script (ADR 0024)
                .header("Content-Security-Policy", PDF_POLICY)
                .body(pdf);
    }
}
