package dev.kabinet.account.offices.web;

import dev.kabinet.account.offices.Offices;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators (role {@code operator}) keep the list of offices (AC-6); every change is audited. */
@RestController
@RequestMapping("/api/v1/operator/offices")
@PreAuthorize("hasRole('operator')")
@Tag(name = "Operator: offices", description = "Офисы обслуживания — для операторов (AC-6)")
class OperatorOfficeController {

    private final Offices offices;

    OperatorOfficeController(Offices offices) {
        this.offices = offices;
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addOffice", summary = "Add an office (audited)")
    @ApiResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = OfficeView.class)))
    OfficeView add(@Valid @RequestBody OfficeRequest request) {
        return OfficeView.of(offices.add(request.form()));
    }

    @PutMapping(path = "/{id}", consumes = "application/json", produces = "application/json")
    @Operation(operationId = "changeOffice", summary = "Change an office (audited)")
    @ApiResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = OfficeView.class)))
    @ProblemResponse(status = 404, types = "office-not-found", description = "No such office")
    OfficeView change(@PathVariable long id, @Valid @RequestBody OfficeRequest request) {
        return OfficeView.of(offices.change(id, request.form()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeOffice", summary = "Remove an office (audited)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ProblemResponse(status = 404, types = "office-not-found", description = "No such office")
    void remove(@PathVariable long id) {
        offices.remove(id);
    }
}
