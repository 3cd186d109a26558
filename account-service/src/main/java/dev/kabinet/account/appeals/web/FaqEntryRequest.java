package dev.kabinet.account.appeals.web;

import dev.kabinet.account.appeals.AppealType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(name = "FaqEntryRequest", description = "An FAQ entry as an operator writes it (AC-5)")
public record FaqEntryRequest(
        @NotNull(message = "{field.faq.type}") AppealType type,

        @Min(value = 0, message = "{field.faq.position}") @Max(value = 1000, message = "{field.faq.position}")
        int position,

        @NotBlank(message = "{field.faq.question}") @Size(max = 300, message = "{field.faq.question}")
        String question,

        @NotBlank(message = "{field.faq.answer}") @Size(max = 3000, message = "{field.faq.answer}")
        String answer) {}
