package dev.kabinet.notification.messages.web;

import dev.kabinet.notification.messages.Messages;
import dev.kabinet.platform.security.AccountNumber;
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
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/accounts/{number}/messages", produces = "application/json")
@Tag(name = "Messages", description = "Messages in the resident's cabinet")
class MessageController {

    static final String TOTAL_COUNT = "X-Total-Count";
    static final String UNREAD_COUNT = "X-Unread-Count";

    private final Messages messages;

    MessageController(Messages messages) {
        this.messages = messages;
    }

    @GetMapping
    @Operation(
            operationId = "messages",
            summary = "The account's messages, newest first, a page at a time",
            description = "Headers: X-Total-Count (all messages), X-Unread-Count (unread ones).")
    @ApiResponse(
            responseCode = "200",
            description = "A page of messages (empty past the last one)",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = MessageView.class))))
    ResponseEntity<List<MessageView>> messages(
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
        var found = messages.of(number.value(), page, size);
        return ResponseEntity.ok()
                .header(TOTAL_COUNT, Long.toString(found.getTotalElements()))
                .header(UNREAD_COUNT, Long.toString(messages.unread(number.value())))
                .body(found.map(MessageView::of).getContent());
    }

    @GetMapping("/unread-count")
    @Operation(operationId = "unreadMessages", summary = "How many of the account's messages are unread")
    @ApiResponse(responseCode = "200", description = "The count")
    UnreadView unread(AccountNumber number) {
        return new UnreadView(messages.unread(number.value()));
    }

    @PostMapping("/{id}/read")
    @Operation(operationId = "markMessageRead", summary = "Mark a message read (again: no change)")
    @ApiResponse(responseCode = "204", description = "Read")
    @ProblemResponse(status = 404, types = "message-not-found", description = "No such message on this account")
    ResponseEntity<Void> markRead(AccountNumber number, @PathVariable UUID id) {
        messages.markRead(number.value(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/read", consumes = "application/json")
    @Operation(
            operationId = "markMessagesRead",
            summary = "Mark read every message up to the newest one the resident saw",
            description = "A message that arrived after it stays unread.")
    @ApiResponse(responseCode = "200", description = "The unread count after")
    @ProblemResponse(status = 404, types = "message-not-found", description = "No such message on this account")
    UnreadView markRead(AccountNumber number, @Valid @RequestBody MarkReadRequest request) {
        messages.markReadUpTo(number.value(), request.upTo());
        return new UnreadView(messages.unread(number.value()));
    }

    /** @param upTo the newest message the resident saw */
    record MarkReadRequest(
            @NotNull(message = "{field.upTo.required}") UUID upTo) {}
}
