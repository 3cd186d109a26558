package dev.kabinet.identity.accounts;

import java.time.Instant;

/**
 * One of a login's links as account-service records it (ID-9).
 *
 * @param accountNumber digits only
 * @param how how ownership was proven ({@code OWNER_SURNAME}, {@code METER_SERIAL}, {@code PHONE_CODE}, {@code DEMO}...)
 * @param linkedAt when
 */
public record LinkedAccount(String accountNumber, String how, Instant linkedAt) {}
