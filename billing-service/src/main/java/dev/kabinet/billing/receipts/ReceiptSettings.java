package dev.kabinet.billing.receipts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Receipt settings ({@code kabinet.billing.receipts.*}, BL-3), per utility.
 *
 * @param keptPeriods how many of the latest closed periods a resident can download (DOMAIN.md: at least 3)
 * @param separateLines charge line codes the utility issues a receipt of their own for (manual 004: gas and VDGO);
 *     every other line is on the main receipt
 * @param payee the utility's name and bank details printed on the receipt and put in its payment QR code
 */
@Validated
@ConfigurationProperties("kabinet.billing.receipts")
public record ReceiptSettings(
        @DefaultValue("12") @Min(3) int keptPeriods,
        @DefaultValue List<String> separateLines,
        @NotNull @Valid Payee payee) {

    public ReceiptSettings {
        separateLines = List.copyOf(separateLines);
    }

    /** The payee's details (GOST R 56042-2014's required fields and the optional INN and KPP). */
    public record Payee(
            @NotBlank @Size(max = 160) String name,
            @NotNull @Pattern(regexp = "\\d{20}") String personalAcc,
            @NotBlank @Size(max = 45) String bankName,
            @NotNull @Pattern(regexp = "\\d{9}") String bic,
            @NotNull @Pattern(regexp = "\\d{0,20}") String correspAcc,
            @NotNull @Pattern(regexp = "\\d{10}|\\d{12}") String inn,
            @NotNull @Pattern(regexp = "\\d{9}|") String kpp,
            @DefaultValue("") String address,
            @DefaultValue("") String phone) {}
}
