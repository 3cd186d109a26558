package dev.kabinet.notification.messages.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** How many of the account's messages are unread. */
public record UnreadView(@Schema(example = "2") long unread) {}
