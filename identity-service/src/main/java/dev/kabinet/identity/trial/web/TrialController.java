package dev.kabinet.identity.trial.web;

import dev.kabinet.identity.trial.Trials;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Trial period", description = "Пробный период доступа и бумажное подтверждение (ID-11)")
class TrialController {

    private final Trials trials;

    TrialController(Trials trials) {
        this.trials = trials;
    }

    record TrialView(
            @Schema(
                    description = "NONE — без пробного периода, ACTIVE — идёт, LIMITED — закончился, кабинет только"
                            + " для просмотра до бумажного подтверждения, CONFIRMED — подтверждение получено")
            Trials.State state,

            @Nullable Instant endsAt,
            @Nullable Instant confirmedAt) {}

    record ConfirmedView(
            String username,
            Trials.State state,
            @Nullable Instant endsAt,
            @Nullable Instant confirmedAt) {}

    @GetMapping(path = "/api/v1/me/trial", produces = "application/json")
    @Operation(
            operationId = "myTrial",
            summary = "The caller's trial period (ID-11)",
            description =
                    "Whether the login is in a trial, until when, and whether the paper confirmation is recorded.")
    TrialView mine(@AuthenticationPrincipal Jwt jwt) {
        var trial = trials.of(jwt.getSubject());
        return new TrialView(trial.state(), trial.endsAt(), trial.confirmedAt());
    }

    @PostMapping(path = "/api/v1/operator/trials/{username}/paper-confirmation", produces = "application/json")
    @PreAuthorize("hasRole('operator')")
    @Operation(
            operationId = "confirmTrialOnPaper",
            summary = "An operator records the signed paper confirmation (ID-11)",
            description =
                    "Role operator. Ends the trial's limits for good; audited with the operator, time and address."
                            + " Repeating it changes nothing.")
    @ProblemResponse(status = 403, types = "forbidden", description = "Not an operator")
    @ProblemResponse(status = 404, types = "trial-not-found", description = "The login has no trial period")
    ConfirmedView confirm(@PathVariable String username, @AuthenticationPrincipal Jwt jwt, HttpServletRequest http) {
        String operator = jwt.getClaimAsString("preferred_username");
        var trial = trials.confirmPaper(username, operator == null ? jwt.getSubject() : operator, http.getRemoteAddr());
        return new ConfirmedView(trial.username(), trial.state(), trial.endsAt(), trial.confirmedAt());
    }
}
