package dev.kabinet.account.appeals.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(name = "AnswerRequest", description = "An operator's answer to an appeal (AC-5)")
public record AnswerRequest(
        @NotBlank(message = "{field.appeal.answer}") @Size(max = 5000, message = "{field.appeal.answer}")
        String text) {}
