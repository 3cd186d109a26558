package dev.kabinet.identity.accounts;

/**
 * identity-service's own access token (OAuth2 client credentials of client {@code kabinet-identity}), for calls to
 * account-service's internal API (ADR 0015); renewed before it expires.
 */
public interface ServiceToken {

    String current();
}
