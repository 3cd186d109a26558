package dev.kabinet.account.appeals.web;

import dev.kabinet.account.appeals.AppealStatus;
import dev.kabinet.account.appeals.Appeals;
import dev.kabinet.account.appeals.Faq;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators (role {@code operator}) read and answer appeals and keep the FAQ (AC-5); every change is audited. */
@RestController
@RequestMapping("/api/v1/operator")
@PreAuthorize("hasRole('operator')")
@Tag(name = "Operator: appeals and FAQ", description = "Обращения и частые вопросы — для операторов (AC-5)")
class OperatorAppealController {

    private final Appeals appeals;
    private final Faq faq;

    OperatorAppealController(Appeals appeals, Faq faq) {
        this.appeals = appeals;
        this.faq = faq;
    }

    @GetMapping(path = "/appeals", produces = "application/json")
    @Operation(
            operationId = "operatorAppeals",
            summary = "Appeals of every account",
            description = "Filtered by status: oldest first (the queue); unfiltered: newest first. 403 forbidden"
                    + " without the operator role.")
    @ApiResponse(
            responseCode = "200",
            description = "One page",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = AppealView.class))))
    ResponseEntity<List<AppealView>> appeals(
            @RequestParam(required = false) @Nullable AppealStatus status,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(100_000)
                    int page,
            @Parameter(description = "Page size, 1..100") @RequestParam(defaultValue = "20") @Min(1) @Max(100)
                    int size) {
        var found = appeals.all(status, page, size);
        return ResponseEntity.ok()
                .header(AppealController.TOTAL_COUNT, Long.toString(found.getTotalElements()))
                .body(found.map(AppealView::of).getContent());
    }

    @PostMapping(path = "/appeals/{id}/answer", consumes = "application/json", produces = "application/json")
    @Operation(operationId = "answerAppeal", summary = "Answer an appeal (once; audited)")
    @ApiResponse(
            responseCode = "200",
            description = "The appeal, answered",
            content = @Content(schema = @Schema(implementation = AppealView.class)))
    @ProblemResponse(status = 404, types = "appeal-not-found", description = "No such appeal")
    AppealView answer(@PathVariable UUID id, @Valid @RequestBody AnswerRequest request) {
        return AppealView.of(appeals.answer(id, request.text().strip()));
    }

    @GetMapping("/appeals/{id}/attachments/{attachmentId}")
    @Operation(operationId = "operatorDownloadAttachment", summary = "Download a file of an appeal")
    @ApiResponse(
            responseCode = "200",
            description = "The file, as a download",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary")))
    @ProblemResponse(status = 404, types = "appeal-not-found", description = "No such file of this appeal")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return Downloads.of(appeals.attachment(id, attachmentId));
    }

    @PostMapping(path = "/faq", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addFaqEntry", summary = "Add an FAQ entry (audited)")
    @ApiResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = FaqEntryView.class)))
    FaqEntryView add(@Valid @RequestBody FaqEntryRequest request) {
        return FaqEntryView.of(faq.add(request.type(), request.position(), request.question(), request.answer()));
    }

    @PutMapping(path = "/faq/{id}", consumes = "application/json", produces = "application/json")
    @Operation(operationId = "changeFaqEntry", summary = "Change an FAQ entry (audited)")
    @ApiResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = FaqEntryView.class)))
    @ProblemResponse(status = 404, types = "faq-entry-not-found", description = "No such entry")
    FaqEntryView change(@PathVariable long id, @Valid @RequestBody FaqEntryRequest request) {
        return FaqEntryView.of(
                faq.change(id, request.type(), request.position(), request.question(), request.answer()));
    }

    @DeleteMapping("/faq/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeFaqEntry", summary = "Remove an FAQ entry (audited)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ProblemResponse(status = 404, types = "faq-entry-not-found", description = "No such entry")
    void remove(@PathVariable long id) {
        faq.remove(id);
    }
}
