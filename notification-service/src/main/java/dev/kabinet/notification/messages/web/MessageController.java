package dev.kabinet.notification.messages.web;

import dev.kabinet.notification.messages.Messages;
import dev.kabinet.platform.security.AccountAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts/{number}/messages")
@Tag(name = "Messages", description = "Messages in the resident's cabinet")
class MessageController {

    private final Messages messages;
    private final AccountAccess access;

    MessageController(Messages messages, AccountAccess access) {
        this.messages = messages;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "The account's messages, newest first, a page at a time")
    @ApiResponse(responseCode = "200", description = "A page of messages (empty past the last one)")
    @ApiResponse(
            responseCode = "403",
            description = "The account is not linked to the caller (problem account-access-denied)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    List<MessageView> messages(
            @PathVariable @Pattern(regexp = "[0-9]{10,13}", message = "Номер лицевого счёта — от 10 до 13 цифр")
                    String number,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "Номер страницы — от 0") int page,
            @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = "Размер страницы — от 1 до 100")
                    @Max(value = 100, message = "Размер страницы — от 1 до 100")
                    int size) {
        access.check(number);
        return messages.of(number, page, size).stream().map(MessageView::of).toList();
    }
}
