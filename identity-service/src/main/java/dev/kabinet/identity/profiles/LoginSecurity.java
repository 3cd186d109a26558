package dev.kabinet.identity.profiles;

import org.jspecify.annotations.Nullable;

/** The login's password and sessions, where they live (Keycloak; ID-8, ID-10). */
public interface LoginSecurity {

    /**
     * Whether {@code password} is the login's current password. A wrong one counts as a failed login (Keycloak's
     * brute-force detection, ADR 0011 §5), so this cannot be used to guess; the check leaves no session behind.
     */
    boolean passwordMatches(String username, String password);

    /**
     * Sets a new password (not temporary).
     *
     * @throws PasswordChangeInvalid on {@code newPassword} when the realm's policy refuses it
     */
    void setPassword(String subject, String password);

    /**
     * ID-8: sets a new e-mail, not verified, and sends Keycloak's verification link to it (the realm's SMTP server);
     * until the resident follows it the e-mail stays unconfirmed.
     *
     * @throws EmailChangeInvalid on {@code email} when another login has it
     */
    void changeEmail(String subject, String email);

    /**
     * ID-2, ID-8: sends Keycloak's confirmation link again to the login's e-mail when it is not confirmed yet.
     *
     * @return whether a letter went out (false: no e-mail, or already confirmed)
     */
    boolean resendEmailConfirmation(String subject);

    /**
     * Ends the login's sessions at the identity provider, except {@code keepSessionId} (the caller's own; null ends
     * all). Keycloak tells the gateway by back-channel logout, which ends their gateway sessions at once (ADR 0014).
     *
     * @return how many sessions were ended
     */
    int endSessions(String subject, @Nullable String keepSessionId);

    /**
     * ID-8: renames the login (the realm allows it: {@code editUsernameAllowed}).
     *
     * @throws UsernameChangeInvalid on {@code username} when another login has it or Keycloak refuses it
     */
    void changeUsername(String subject, String username);

    /** ID-8: records the phone the resident confirmed by SMS code (user attribute {@code phone}, E.164). */
    void setPhone(String subject, String phone);
}
