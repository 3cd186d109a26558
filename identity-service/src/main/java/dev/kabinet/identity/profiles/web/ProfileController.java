package dev.kabinet.identity.profiles.web;

import dev.kabinet.identity.profiles.Profiles;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Profile", description = "Учётная запись жителя (ID-8, ID-10)")
class ProfileController {

    private final Profiles profiles;

    ProfileController(Profiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping(produces = "application/json")
    @Operation(
            operationId = "me",
            summary = "The caller's profile",
            description = "Read from Keycloak for the token's subject, so it shows changes made since the login."
                    + " 503 identity-provider-unavailable when Keycloak does not answer in time.")
    @ApiResponse(
            responseCode = "200",
            description = "The caller's profile",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @ProblemResponse(
            status = 404,
            types = "profile-not-found",
            description = "The login's user is gone from the identity provider")
    @ProblemResponse(
            status = 503,
            types = "identity-provider-unavailable",
            description = "The identity provider does not answer; try again later")
    ProfileView me(@AuthenticationPrincipal Jwt token) {
        return ProfileView.of(profiles.ofCaller(token.getSubject(), token.getClaimAsString("preferred_username")));
    }
}
