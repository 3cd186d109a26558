package dev.kabinet.notification.broadcasts.web;

import dev.kabinet.notification.broadcasts.Broadcast;
import dev.kabinet.notification.broadcasts.Broadcasts;
import dev.kabinet.notification.deliveries.BroadcastTopic;
import dev.kabinet.notification.deliveries.Channel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators (role {@code operator}; 403 {@code forbidden} for anybody else) broadcast a templated notice to the
 * residents subscribed to informing on a channel and follow its progress (NT-3).
 */
@RestController
@RequestMapping(path = "/api/v1/operator/broadcasts", produces = "application/json")
@PreAuthorize("hasRole('operator')")
@Tag(name = "Operator: broadcasts", description = "Рассылки подписанным жителям — для операторов")
class OperatorBroadcastController {

    private final Broadcasts broadcasts;

    OperatorBroadcastController(Broadcasts broadcasts) {
        this.broadcasts = broadcasts;
    }

    /** The channels a broadcast goes by. */
    enum BroadcastChannel {
        EMAIL,
        SMS
    }

    /** What to broadcast: the topic frames the subject; Russian text required, English optional. */
    record BroadcastRequest(
            @NotNull(message = "{field.topic.required}") BroadcastTopic topic,

            @NotNull(message = "{field.channel.required}") BroadcastChannel channel,

            @NotBlank(message = "{field.title.required}") @Size(max = 120, message = "{field.title.size}")
            String title,

            @NotBlank(message = "{field.body.required}") @Size(max = 2000, message = "{field.body.size}")
            String body,

            @Nullable @Size(max = 120, message = "{field.title.size}")
            String titleEn,

            @Nullable @Size(max = 2000, message = "{field.body.size}")
            String bodyEn) {}

    /** A broadcast and its progress. */
    record BroadcastView(
            UUID id,
            BroadcastTopic topic,
            Channel channel,
            String title,
            String createdBy,
            java.time.Instant createdAt,
            long total,
            long sent,
            long failed,
            long pending) {

        static BroadcastView of(Broadcast b) {
            return new BroadcastView(
                    b.id(),
                    b.topic(),
                    b.channel(),
                    b.title(),
                    b.createdBy(),
                    b.createdAt(),
                    b.total(),
                    b.sent(),
                    b.failed(),
                    b.pending());
        }
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "startBroadcast",
            summary = "Broadcast a notice to every resident subscribed to informing on the channel")
    @ApiResponse(
            responseCode = "201",
            description = "The broadcast with its deliveries recorded (total) and none sent yet",
            content = @Content(schema = @Schema(implementation = BroadcastView.class)))
    BroadcastView start(@Valid @RequestBody BroadcastRequest request, Principal operator) {
        return BroadcastView.of(broadcasts.start(
                new Broadcasts.Request(
                        request.topic(),
                        Channel.valueOf(request.channel().name()),
                        request.title().strip(),
                        request.body().strip(),
                        request.titleEn(),
                        request.bodyEn()),
                operator.getName()));
    }

    @GetMapping
    @Operation(operationId = "broadcasts", summary = "The latest broadcasts with their progress, newest first")
    @ApiResponse(
            responseCode = "200",
            description = "Up to 20 broadcasts",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = BroadcastView.class))))
    List<BroadcastView> latest() {
        return broadcasts.latest(20).stream().map(BroadcastView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "broadcast", summary = "A broadcast's progress: total, sent, failed, pending")
    @ApiResponse(
            responseCode = "200",
            description = "The broadcast",
            content = @Content(schema = @Schema(implementation = BroadcastView.class)))
    @dev.kabinet.platform.web.ProblemResponse(
            status = 404,
            types = "broadcast-not-found",
            description = "No such broadcast")
    BroadcastView progress(@PathVariable UUID id) {
        return BroadcastView.of(broadcasts.progress(id));
    }
}
