package dev.kabinet.account.appeals;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file an appeal takes (AC-5; manual 000: support may ask for a screenshot): JPEG and PNG images and PDF
 * documents, recognised by their first bytes (magic numbers), never by the name or the browser's Content-Type; the
 * file name's extension must agree with what the bytes are.
 */
public enum AttachmentType {
    JPEG("image/jpeg", Set.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", Set.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", Set.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'});

    private final String mediaType;
    private final Set<String> extensions;
    private final byte[] magic;

    AttachmentType(String mediaType, Set<String> extensions, byte[] magic) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.magic = magic;
    }

    /** The Content-Type the file is stored and served with. */
    public String mediaType() {
        return mediaType;
    }

    public boolean takesExtension(String extension) {
        return extensions.contains(extension);
    }

    /** What the content is, by its first bytes; empty for anything else (HTML, scripts, archives ...). */
    public static Optional<AttachmentType> of(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.startsOf(content)).findFirst();
    }

    public static Optional<AttachmentType> ofMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(type -> type.mediaType.equals(mediaType))
                .findFirst();
    }

    private boolean startsOf(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
