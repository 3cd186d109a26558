package dev.kabinet.notification.messages.web;

import dev.kabinet.notification.messages.Messages;
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

@RestController
@RequestMapping(path = "/api/v1/accounts/{number}/messages", produces = "application/json")
@Tag(name = "Messages", description = "Messages in the resident's cabinet")
class MessageController {

    private final Messages messages;

    MessageController(Messages messages) {
        this.messages = messages;
    }

    @GetMapping
    @Operation(operationId = "messages", summary = "The account's messages, newest first, a page at a time")
    @ApiResponse(
            responseCode = "200",
            description = "A page of messages (empty past the last one)",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = MessageView.class))))
    List<MessageView> messages(
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
        return messages.of(number.value(), page, size).stream()
                .map(MessageView::of)
                .toList();
    }
}
