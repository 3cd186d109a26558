package dev.kabinet.identity.applications.web;

import dev.kabinet.identity.applications.AccessApplication;
import dev.kabinet.identity.applications.AccessApplications;
import dev.kabinet.identity.applications.ApplicationForm;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/access-applications", produces = "application/json")
@Tag(
        name = "Access applications",
        description = "Заявка на доступ к личному кабинету, рассматриваемая поставщиком (ID-4)")
class AccessApplicationController {

    private final AccessApplications applications;

    AccessApplicationController(AccessApplications applications) {
        this.applications = applications;
    }

    /** The form as the visitor typed it (ID-4, manual 000). */
    record ApplicationRequest(
            @Schema(description = "Лицевой счёт, как введён: пробелы и дефисы допускаются", example = "1000 000 011")
            @Nullable
            String accountNumber,

            @Schema(description = "Фамилия", example = "Иванова") @Nullable
            String surname,

            @Schema(description = "Имя", example = "Анна") @Nullable
            String firstName,

            @Schema(description = "Отчество, необязательно", example = "Сергеевна", nullable = true) @Nullable
            String patronymic,

            @Schema(description = "Мобильный телефон, 10 цифр", example = "9123456789") @Nullable
            String phone,

            @Schema(description = "Адрес электронной почты: на него придут ответ и ссылка для пароля") @Nullable
            String email,

            @Schema(description = "Заводской номер установленного счётчика", example = "ЭМ-101-2019") @Nullable
            String meterSerialNumber,

            @Schema(
                    description = "Текущие показания: T1 (однотарифный или день) и, для двухтарифного, T2 (ночь)",
                    example = "{\"T1\": \"12345,6\"}")
            @Nullable
            Map<String, String> readings,

            @Schema(description = "Другие лицевые счета того же владельца, необязательно") @Nullable
            List<String> extraAccountNumbers,

            @Schema(description = "Согласие на обработку персональных данных (152-ФЗ)") @Nullable
            Boolean consent,

            @Schema(description = "Решение капчи ALTCHA (base64)") @Nullable
            String captcha) {}

    record SubmittedView(
            @Schema(description = "Номер заявки: по нему и адресу почты можно узнать её состояние", example = "100001")
            long applicationNumber,

            Instant submittedAt,

            @Schema(description = "Срок рассмотрения, рабочих дней", example = "3")
            int reviewDays) {}

    record StatusQuery(
            @Schema(description = "Номер заявки", example = "100001") @Nullable
            Long applicationNumber,

            @Schema(description = "Адрес электронной почты из заявки") @Nullable
            String email) {}

    record StatusView(
            long applicationNumber,

            @Schema(description = "SUBMITTED — на рассмотрении, APPROVED — одобрена, REJECTED — отклонена")
            AccessApplication.Status status,

            Instant submittedAt,
            @Nullable Instant decidedAt,

            @Schema(description = "Причина отказа (только для REJECTED)", nullable = true) @Nullable
            String reason) {}

    @SecurityRequirements // open to visitors: `security: []`
    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "submitAccessApplication",
            summary = "Apply for access, reviewed by the utility (ID-4)",
            description = "Open to visitors. The application goes to the utility's back office, which answers within"
                    + " the review days: approval brings a one-time link to set the password by e-mail, rejection the"
                    + " reason (and a new application may be sent). Sending it records the consent to personal-data"
                    + " processing. The captcha solution is spent.")
    @ApiResponse(
            responseCode = "201",
            description = "Submitted",
            content = @Content(schema = @Schema(implementation = SubmittedView.class)))
    @ProblemResponse(
            status = 400,
            types = {"access-application-invalid", "captcha-invalid"},
            description = "Fix the fields")
    @ProblemResponse(
            status = 409,
            types = "access-application-waiting",
            description = "The account has an application under review")
    @ProblemResponse(status = 429, types = "access-applications-exceeded", description = "Too many applications")
    SubmittedView submit(@RequestBody ApplicationRequest request, HttpServletRequest http) {
        var submitted = applications.submit(
                new ApplicationForm(
                        request.accountNumber(),
                        request.surname(),
                        request.firstName(),
                        request.patronymic(),
                        request.phone(),
                        request.email(),
                        request.meterSerialNumber(),
                        request.readings(),
                        request.extraAccountNumbers(),
                        Boolean.TRUE.equals(request.consent()),
                        request.captcha()),
                LocaleContextHolder.getLocale().getLanguage(),
                http.getRemoteAddr());
        return new SubmittedView(submitted.applicationNumber(), submitted.submittedAt(), submitted.reviewDays());
    }

    @SecurityRequirements // open to visitors: `security: []`
    @PostMapping(path = "/status-checks", consumes = "application/json")
    @Operation(
            operationId = "accessApplicationStatus",
            summary = "The status of an access application by its number and e-mail (ID-4)",
            description = "Open to visitors. Discloses nothing but the application's progress and, when rejected, the"
                    + " reason; a wrong number and a wrong e-mail get the same 404. A POST keeps the e-mail out of"
                    + " addresses and logs.")
    @ApiResponse(
            responseCode = "200",
            description = "The status",
            content = @Content(schema = @Schema(implementation = StatusView.class)))
    @ProblemResponse(status = 404, types = "access-application-not-found", description = "No such application")
    StatusView status(@RequestBody StatusQuery query) {
        if (query.applicationNumber() == null) {
            throw new dev.kabinet.identity.applications.AccessApplicationNotFound();
        }
        var status = applications.status(query.applicationNumber(), query.email());
        return new StatusView(
                status.applicationNumber(), status.status(), status.submittedAt(), status.decidedAt(), status.reason());
    }
}
