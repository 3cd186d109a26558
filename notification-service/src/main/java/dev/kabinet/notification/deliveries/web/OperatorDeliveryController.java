package dev.kabinet.notification.deliveries.web;

import dev.kabinet.notification.deliveries.DeliveryStatistics;
import dev.kabinet.notification.deliveries.DeliveryStatus;
import dev.kabinet.notification.deliveries.Language;
import dev.kabinet.notification.deliveries.NoticeTemplates;
import dev.kabinet.notification.deliveries.TemplateNotFound;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators (role {@code operator}; 403 {@code forbidden} for anybody else) watch the deliveries (NT-1): counts per
 * channel and status, the dead ones, and the templates previewed with sample data.
 */
@RestController
@RequestMapping(path = "/api/v1/operator", produces = "application/json")
@PreAuthorize("hasRole('operator')")
@Tag(name = "Operator: deliveries and templates", description = "Доставка уведомлений и шаблоны — для операторов")
class OperatorDeliveryController {

    private final DeliveryStatistics statistics;
    private final NoticeTemplates templates;

    OperatorDeliveryController(DeliveryStatistics statistics, NoticeTemplates templates) {
        this.statistics = statistics;
        this.templates = templates;
    }

    @GetMapping("/deliveries/statistics")
    @Operation(operationId = "deliveryStatistics", summary = "How many deliveries there are per channel and status")
    @ApiResponse(
            responseCode = "200",
            description = "One row per channel and status that has deliveries",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = DeliveryStatistics.Row.class))))
    List<DeliveryStatistics.Row> statistics() {
        return statistics.counts();
    }

    @GetMapping("/deliveries")
    @Operation(
            operationId = "operatorDeliveries",
            summary = "Deliveries of one status (e.g. DEAD), newest first; recipients masked")
    @ApiResponse(
            responseCode = "200",
            description = "A page of deliveries",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = DeliveryView.class))))
    List<DeliveryView> deliveries(
            @RequestParam(defaultValue = "DEAD") DeliveryStatus status,
            @Parameter(description = "Page number, from 0")
                    @RequestParam(defaultValue = "0")
                    @Min(value = 0, message = "{field.page.min}")
                    int page,
            @Parameter(description = "Page size, 1..100")
                    @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = "{field.size.range}")
                    @Max(value = 100, message = "{field.size.range}")
                    int size) {
        return statistics.withStatus(status, page, size).stream()
                .map(DeliveryView::of)
                .toList();
    }

    @GetMapping("/templates")
    @Operation(operationId = "templates", summary = "The templates and their current versions")
    List<TemplateView> templates() {
        return NoticeTemplates.catalog().stream()
                .map(e -> new TemplateView(e.getKey(), e.getValue()))
                .toList();
    }

    @GetMapping("/templates/{name}/preview")
    @Operation(
            operationId = "previewTemplate",
            summary = "A template's current version rendered with sample data, in Russian or English")
    @ApiResponse(
            responseCode = "200",
            description = "Subject, cabinet text, e-mail text and HTML, SMS text (empty when the template has none)",
            content = @Content(schema = @Schema(implementation = PreviewView.class)))
    @dev.kabinet.platform.web.ProblemResponse(
            status = 404,
            types = "template-not-found",
            description = "No such template")
    PreviewView preview(
            @PathVariable String name,
            @Parameter(description = "ru (default) or en") @RequestParam(defaultValue = "ru") String language) {
        var notice = templates.preview(name, Language.of(language)).orElseThrow(TemplateNotFound::new);
        return new PreviewView(
                notice.template(),
                notice.language().tag(),
                notice.subject(),
                notice.cabinetText(),
                notice.emailText(),
                notice.emailHtml(),
                notice.smsText());
    }

    /** A template and its current version. */
    record TemplateView(String name, int version) {}

    /** A template rendered with sample data. */
    record PreviewView(
            @Schema(example = "reading-refused/1") String template,
            String language,
            String subject,
            String cabinet,
            String emailText,
            String emailHtml,
            String sms) {}
}
