package dev.kabinet.identity.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** identity-service's record of {@code identity.AccessApplicationSubmitted.v1} (contracts/events), ID-4. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessApplicationSubmittedV1(
        UUID applicationId,
        long applicationNumber,
        String accountNumber,
        String surname,
        String firstName,
        @Nullable String patronymic,
        String phone,
        String email,
        String meterSerialNumber,
        List<AccessApplication.Reading> readings,
        List<String> extraAccountNumbers,
        String submittedAt) {

    public static final String TYPE = "identity.AccessApplicationSubmitted.v1";

    static AccessApplicationSubmittedV1 of(AccessApplication application) {
        var form = application.form();
        return new AccessApplicationSubmittedV1(
                application.id(),
                application.number(),
                form.accountNumber(),
                form.surname(),
                form.firstName(),
                form.patronymic(),
                form.phone(),
                form.email(),
                form.meterSerialNumber(),
                form.readings(),
                form.extraAccountNumbers(),
                application.submittedAt().toString());
    }
}
