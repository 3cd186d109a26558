package dev.kabinet.account.appeals;

import java.util.UUID;

/** An attachment without its bytes, for lists. */
public record AttachmentInfo(UUID id, UUID appealId, String fileName, String contentType, int size) {}
