package dev.kabinet.account.offices.web;

import dev.kabinet.account.offices.Offices;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * AC-6 without logging in: the service offices and the utility's contacts (the FAQ is {@code GET /api/v1/faq}). Listed
 * in {@code kabinet.security.public-paths} here and in the gateway's public API.
 */
@RestController
@Tag(name = "Offices and contacts", description = "Офисы обслуживания и контакты, без входа (AC-6)")
class OfficeController {

    static final CacheControl PUBLIC_FIVE_MINUTES =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final Offices offices;

    OfficeController(Offices offices) {
        this.offices = offices;
    }

    @GetMapping(path = "/api/v1/offices", produces = "application/json")
    @Operation(
            operationId = "offices",
            summary = "The utility's service offices (no login needed)",
            description = "Addresses, working hours and phones, in their order (AC-6).")
    @SecurityRequirements // open to visitors (AC-6): `security: []`
    @ApiResponse(
            responseCode = "200",
            description = "The offices",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = OfficeView.class))))
    ResponseEntity<List<OfficeView>> offices() {
        return ResponseEntity.ok()
                .cacheControl(PUBLIC_FIVE_MINUTES)
                .body(offices.all().stream().map(OfficeView::of).toList());
    }

    @GetMapping(path = "/api/v1/contacts", produces = "application/json")
    @Operation(
            operationId = "contacts",
            summary = "The utility's contacts (no login needed)",
            description = "The contact centre, the emergency line and the e-mail for appeals (AC-6).")
    @SecurityRequirements // open to visitors (AC-6): `security: []`
    @ApiResponse(
            responseCode = "200",
            description = "The contacts",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ContactView.class))))
    ResponseEntity<List<ContactView>> contacts() {
        return ResponseEntity.ok()
                .cacheControl(PUBLIC_FIVE_MINUTES)
                .body(offices.contacts().stream().map(ContactView::of).toList());
    }
}
