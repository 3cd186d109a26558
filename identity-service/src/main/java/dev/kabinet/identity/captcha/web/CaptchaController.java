package dev.kabinet.identity.captcha.web;

import dev.kabinet.identity.captcha.Captchas;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/captcha", produces = "application/json")
@Tag(name = "Captcha", description = "Капча ALTCHA (ID-1, ADR 0011): без входа в кабинет")
class CaptchaController {

    private final Captchas captchas;

    CaptchaController(Captchas captchas) {
        this.captchas = captchas;
    }

    /** What the ALTCHA widget fetches ({@code challengeurl}); open to visitors, never cached. */
    record ChallengeView(String algorithm, String challenge, long maxnumber, String salt, String signature) {}

    @SecurityRequirements // open to visitors: `security: []`
    @GetMapping("/challenge")
    @Operation(
            operationId = "captchaChallenge",
            summary = "A new captcha challenge",
            description = "An HMAC-signed ALTCHA proof-of-work challenge, valid 10 minutes; its solution is accepted"
                    + " once, by the form it is sent with (registration, ID-1). Open to visitors.")
    ResponseEntity<ChallengeView> challenge() {
        var challenge = captchas.issue();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new ChallengeView(
                        challenge.algorithm,
                        challenge.challenge,
                        challenge.maxnumber,
                        challenge.salt,
                        challenge.signature));
    }
}
