package dev.kabinet.account.appeals.web;

import dev.kabinet.account.appeals.AppealAttachment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How an attachment leaves the service (AC-5): always a download ({@code Content-Disposition: attachment} with the
 * sanitised name, RFC 5987 encoded), with the media type its bytes were recognised as, {@code nosniff} and a sandboxing
 * CSP, never cached by shared caches: a browser never renders it inline as a page of this origin.
 */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<byte[]> of(AppealAttachment file) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(file.contentType()));
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build());
        headers.setContentLength(file.size());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
        headers.setCacheControl("private, no-store");
        return ResponseEntity.ok().headers(headers).body(file.content());
    }
}
