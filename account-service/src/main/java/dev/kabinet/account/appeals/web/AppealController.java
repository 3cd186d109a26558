package dev.kabinet.account.appeals.web;

import dev.kabinet.account.appeals.AppealForm;
import dev.kabinet.account.appeals.AppealType;
import dev.kabinet.account.appeals.Appeals;
import dev.kabinet.account.appeals.AppealsProperties;
import dev.kabinet.account.appeals.Faq;
import dev.kabinet.platform.security.AccountNumber;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Appeals", description = "Обращения и частые вопросы (AC-5)")
class AppealController {

    static final String TOTAL_COUNT = "X-Total-Count";
    static final String BASE = "/api/v1/accounts/{number}/appeals";

    private final Appeals appeals;
    private final Faq faq;
    private final AppealsProperties limits;

    AppealController(Appeals appeals, Faq faq, AppealsProperties limits) {
        this.appeals = appeals;
        this.faq = faq;
        this.limits = limits;
    }

    @GetMapping(path = "/api/v1/faq", produces = "application/json")
    @Operation(
            operationId = "faq",
            summary = "Frequently asked questions, per appeal type",
            description = "The answers shown for an appeal type before the resident writes (AC-5), in their order.")
    @SecurityRequirements // open to visitors (AC-6): `security: []`
    @ApiResponse(
            responseCode = "200",
            description = "The entries",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = FaqEntryView.class))))
    List<FaqEntryView> faq(
            @Parameter(description = "Only this type") @RequestParam(required = false) @Nullable AppealType type) {
        return faq.of(type).stream().map(FaqEntryView::of).toList();
    }

    @PostMapping(path = BASE, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = "application/json")
    @Operation(
            operationId = "sendAppeal",
            summary = "Write an appeal, with up to 3 files",
            description = "multipart/form-data: `type`, `addressee` (CUSTOMER_SERVICE or TECHNICAL_SUPPORT), `text`"
                    + " (1–5000 characters) and up to 3 `files` (JPEG, PNG or PDF by their content, the name's extension"
                    + " agreeing, at most 5 MB each, no path in the name). Every field problem at once"
                    + " (`appeal-invalid`, errors[] per `text`, `files`, `files[i]`); a refused appeal stores nothing."
                    + " Sent to the utility's back office (account.AppealSent.v1).")
    @ApiResponse(
            responseCode = "201",
            description = "Sent",
            headers = @Header(name = "Location", schema = @Schema(type = "string", format = "uri")),
            content = @Content(schema = @Schema(implementation = AppealView.class)))
    @ProblemResponse(status = 404, types = "account-not-found", description = "(operators) no such account")
    @ProblemResponse(status = 409, types = "account-closed", description = "The account is closed")
    @ProblemResponse(status = 422, types = "appeal-invalid", description = "See `errors[]`")
    ResponseEntity<AppealView> send(AccountNumber number, @Valid @ModelAttribute SendAppealRequest request) {
        var files = request.files();
        var uploads = new ArrayList<AppealForm.Upload>();
        for (var file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty()
                    && (file.getOriginalFilename() == null
                            || file.getOriginalFilename().isEmpty())) {
                continue; // an empty file input
            }
            uploads.add(new AppealForm.Upload(file.getOriginalFilename(), bytes(file)));
        }
        var sent = appeals.send(
                number.value(),
                AppealForm.of(
                        request.type(),
                        request.addressee(),
                        request.text() == null ? "" : request.text(),
                        uploads,
                        limits));
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(BASE + "/{id}")
                .buildAndExpand(number.value(), sent.appeal().id())
                .toUri();
        return ResponseEntity.created(location).body(AppealView.of(sent));
    }

    @GetMapping(path = BASE, produces = "application/json")
    @Operation(
            operationId = "listAppeals",
            summary = "The account's appeals, newest first",
            description = "Paged; the total count is in the X-Total-Count header.")
    @ApiResponse(
            responseCode = "200",
            description = "One page",
            headers = @Header(name = TOTAL_COUNT, schema = @Schema(type = "integer")),
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = AppealView.class))))
    ResponseEntity<List<AppealView>> list(
            AccountNumber number,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(100_000)
                    int page,
            @Parameter(description = "Page size, 1..100") @RequestParam(defaultValue = "10") @Min(1) @Max(100)
                    int size) {
        var found = appeals.ofAccount(number.value(), page, size);
        return ResponseEntity.ok()
                .header(TOTAL_COUNT, Long.toString(found.getTotalElements()))
                .body(found.map(AppealView::of).getContent());
    }

    @GetMapping(path = BASE + "/{id}", produces = "application/json")
    @Operation(operationId = "getAppeal", summary = "One appeal with its status and answer")
    @ApiResponse(
            responseCode = "200",
            description = "The appeal",
            content = @Content(schema = @Schema(implementation = AppealView.class)))
    @ProblemResponse(status = 404, types = "appeal-not-found", description = "Not an appeal of this account")
    AppealView one(AccountNumber number, @PathVariable UUID id) {
        return AppealView.of(appeals.one(number.value(), id));
    }

    @GetMapping(path = BASE + "/{id}/attachments/{attachmentId}")
    @Operation(
            operationId = "downloadAppealAttachment",
            summary = "Download a file of the appeal",
            description = "Always as a download (Content-Disposition: attachment), typed by its content, nosniff.")
    @ApiResponse(
            responseCode = "200",
            description = "The file",
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))
            })
    @ProblemResponse(status = 404, types = "appeal-not-found", description = "Not a file of an appeal of this account")
    ResponseEntity<byte[]> download(AccountNumber number, @PathVariable UUID id, @PathVariable UUID attachmentId) {
        return Downloads.of(appeals.attachment(number.value(), id, attachmentId));
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
