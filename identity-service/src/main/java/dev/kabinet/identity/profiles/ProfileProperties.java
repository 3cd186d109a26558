package dev.kabinet.identity.profiles;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Profile changes (ID-8; {@code kabinet.profile.*}), a utility's settings: whether a resident may change the username
 * (manual 004 allows it, 002 forbids it; the demo allows it, as the realm's {@code editUsernameAllowed}).
 */
@Validated
@ConfigurationProperties("kabinet.profile")
public record ProfileProperties(@DefaultValue("true") boolean usernameChange) {}
