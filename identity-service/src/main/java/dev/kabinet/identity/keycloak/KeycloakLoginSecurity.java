package dev.kabinet.identity.keycloak;

import dev.kabinet.identity.profiles.EmailChangeInvalid;
import dev.kabinet.identity.profiles.IdentityProviderUnavailable;
import dev.kabinet.identity.profiles.LoginSecurity;
import dev.kabinet.identity.profiles.PasswordChangeInvalid;
import dev.kabinet.identity.profiles.UsernameChangeInvalid;
import dev.kabinet.platform.problem.FieldProblem;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link LoginSecurity} on Keycloak (ID-8, ID-10). The current password is checked by a password grant of
 * identity-service's own confidential client {@code kabinet-identity} (direct access grants on, ADR 0019): Keycloak
 * counts a wrong one as a failed login; the session the check opens is logged out at once. The new password and the
 * sessions go through the Admin API: {@code reset-password}, {@code DELETE /sessions/{id}} per session (which makes
 * Keycloak send the gateway a back-channel logout).
 */
@Component
class KeycloakLoginSecurity implements LoginSecurity {

    private static final Logger log = LoggerFactory.getLogger(KeycloakLoginSecurity.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Keycloak keycloak;
    private final KeycloakProperties properties;
    private final HttpClient http;

    KeycloakLoginSecurity(Keycloak keycloak, KeycloakProperties properties) {
        this.keycloak = keycloak;
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build();
    }

    @Override
    public boolean passwordMatches(String username, String password) {
        String base = properties.serverUrl() + "/realms/" + properties.realm() + "/protocol/openid-connect";
        var answer = post(
                base + "/token",
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        properties.clientId(),
                        "client_secret",
                        properties.clientSecret(),
                        "username",
                        username,
                        "password",
                        password,
                        "scope",
                        "openid"));
        if (answer.statusCode() == 200) {
            String refresh = JSON.readTree(answer.body()).path("refresh_token").asString("");
            if (!refresh.isEmpty()) {
                var logout = post(
                        base + "/logout",
                        Map.of(
                                "client_id", properties.clientId(),
                                "client_secret", properties.clientSecret(),
                                "refresh_token", refresh));
                if (logout.statusCode() >= 300) {
                    log.warn("Could not end the password check's session ({})", logout.statusCode());
                }
            }
            return true;
        }
        if (answer.statusCode() == 400 || answer.statusCode() == 401) {
            if (answer.body().contains("unauthorized_client")) {
                log.error(
                        "Client {} may not use direct access grants: the current password cannot be checked",
                        properties.clientId());
                throw new IdentityProviderUnavailable(new IllegalStateException("direct access grants off"));
            }
            return false;
        }
        log.error("Keycloak answered {} to a password check", answer.statusCode());
        throw new IdentityProviderUnavailable(new IllegalStateException("status " + answer.statusCode()));
    }

    @Override
    public void setPassword(String subject, String password) {
        var credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        try {
            keycloak.realm(properties.realm()).users().get(subject).resetPassword(credential);
        } catch (BadRequestException e) {
            throw new PasswordChangeInvalid(List.of(FieldProblem.of("newPassword", "field.password.policy")));
        } catch (ProcessingException | WebApplicationException e) {
            log.error(
                    "Keycloak Admin API refused a password change: {}",
                    e.getClass().getSimpleName());
            throw new IdentityProviderUnavailable(e);
        }
    }

    @Override
    public void changeEmail(String subject, String email) {
        try {
            var users = keycloak.realm(properties.realm()).users();
            boolean taken = users.searchByEmail(email, true).stream()
                    .anyMatch(u -> !u.getId().equals(subject));
            if (taken) {
                throw new EmailChangeInvalid(List.of(FieldProblem.of("email", "field.email.inUse")));
            }
            var user = users.get(subject);
            var representation = user.toRepresentation();
            representation.setEmail(email);
            representation.setEmailVerified(false);
            user.update(representation);
            try {
                user.sendVerifyEmail();
            } catch (WebApplicationException e) {
                log.error(
                        "Keycloak could not send the verification e-mail ({})",
                        e.getResponse().getStatus());
            }
        } catch (jakarta.ws.rs.ClientErrorException e) {
            if (e.getResponse().getStatus() == 409) {
                throw new EmailChangeInvalid(List.of(FieldProblem.of("email", "field.email.inUse")));
            }
            if (e.getResponse().getStatus() == 400) {
                throw new EmailChangeInvalid(List.of(FieldProblem.of("email", "field.email.invalid")));
            }
            log.error(
                    "Keycloak Admin API refused an e-mail change: {}",
                    e.getResponse().getStatus());
            throw new IdentityProviderUnavailable(e);
        } catch (ProcessingException | WebApplicationException e) {
            log.error(
                    "Keycloak Admin API refused an e-mail change: {}",
                    e.getClass().getSimpleName());
            throw new IdentityProviderUnavailable(e);
        }
    }

    @Override
    public boolean resendEmailConfirmation(String subject) {
        try {
            var user = keycloak.realm(properties.realm()).users().get(subject);
            var representation = user.toRepresentation();
            if (representation.getEmail() == null
                    || representation.getEmail().isBlank()
                    || Boolean.TRUE.equals(representation.isEmailVerified())) {
                return false;
            }
            user.sendVerifyEmail();
            return true;
        } catch (ProcessingException | WebApplicationException e) {
            log.error(
                    "Keycloak could not send the confirmation e-mail again: {}",
                    e.getClass().getSimpleName());
            throw new IdentityProviderUnavailable(e);
        }
    }

    @Override
    public int endSessions(String subject, @Nullable String keepSessionId) {
        try {
            var realm = keycloak.realm(properties.realm());
            int ended = 0;
            for (var session : realm.users().get(subject).getUserSessions()) {
                if (session.getId().equals(keepSessionId)) {
                    continue;
                }
                try {
                    realm.deleteSession(session.getId(), false);
                    ended++;
                } catch (NotFoundException e) {
                    // ended meanwhile
                }
            }
            return ended;
        } catch (ProcessingException | WebApplicationException e) {
            log.error(
                    "Keycloak Admin API refused to end sessions: {}",
                    e.getClass().getSimpleName());
            throw new IdentityProviderUnavailable(e);
        }
    }

    @Override
    public void changeUsername(String subject, String username) {
        try {
            var users = keycloak.realm(properties.realm()).users();
            boolean taken = users.searchByUsername(username, true).stream()
                    .anyMatch(u -> !u.getId().equals(subject));
            if (taken) {
                throw new UsernameChangeInvalid(List.of(FieldProblem.of("username", "field.username.taken")));
            }
            var user = users.get(subject);
            var representation = user.toRepresentation();
            representation.setUsername(username);
            user.update(representation);
        } catch (jakarta.ws.rs.ClientErrorException e) {
            int status = e.getResponse().getStatus();
            if (status == 409) {
                throw new UsernameChangeInvalid(List.of(FieldProblem.of("username", "field.username.taken")));
            }
            if (status == 400) {
                throw new UsernameChangeInvalid(List.of(FieldProblem.of("username", "field.username.invalid")));
            }
            log.error("Keycloak Admin API refused a username change: {}", status);
            throw new IdentityProviderUnavailable(e);
        } catch (ProcessingException | WebApplicationException e) {
            log.error(
                    "Keycloak Admin API refused a username change: {}",
                    e.getClass().getSimpleName());
            throw new IdentityProviderUnavailable(e);
        }
    }

    @Override
    public void setPhone(String subject, String phone) {
        try {
            var user = keycloak.realm(properties.realm()).users().get(subject);
            var representation = user.toRepresentation();
            var attributes = representation.getAttributes() == null
                    ? new java.util.HashMap<String, List<String>>()
                    : new java.util.HashMap<>(representation.getAttributes());
            attributes.put(KeycloakUserDirectory.PHONE_ATTRIBUTE, List.of(phone));
            representation.setAttributes(attributes);
            user.update(representation);
        } catch (ProcessingException | WebApplicationException e) {
            log.error(
                    "Keycloak Admin API refused a phone change: {}",
                    e.getClass().getSimpleName());
            throw new IdentityProviderUnavailable(e);
        }
    }

    private HttpResponse<String> post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(properties.readTimeout())
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IdentityProviderUnavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderUnavailable(e);
        }
    }
}
