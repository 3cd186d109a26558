package dev.kabinet.payment.fiscal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The utility's fiscal details and how e-receipts are issued (PY-8, docs/adr/0034).
 *
 * @param receiptUrl the payer's link to the receipt, {@code {id}} the payment id: the web client's public page
 * @param seller who sells (tags 1048, 1018, 1009)
 * @param taxation the taxation system (tag 1055), e.g. {@code ОСН}
 * @param vat the VAT of every item (tag 1199) as printed: {@code без НДС} when the utility's sales carry none
 * @param itemNames the printed name of each charge line's service; a line without one prints as its code
 * @param interval how often pending receipts are looked for
 * @param retryAfter how long a receipt whose operator did not answer waits before the next try
 * @param batch receipts claimed per round
 * @param local the local fiscal data operator (dev, tests and the demo)
 */
@Validated
@ConfigurationProperties("kabinet.payment.fiscal")
public record FiscalSettings(
        @NotBlank String receiptUrl,
        @Valid @NotNull Seller seller,
        @NotBlank String taxation,
        @NotBlank String vat,
        Map<String, String> itemNames,
        @NotNull Duration interval,
        @NotNull Duration retryAfter,
        @Min(1) int batch,
        @Valid @NotNull Local local) {

    public FiscalSettings {
        itemNames = itemNames == null ? Map.of() : Map.copyOf(itemNames);
    }

    /** The printed name of a charge line's service. */
    public String itemName(String lineCode) {
        return itemNames.getOrDefault(lineCode, lineCode);
    }

    public record Seller(
            @NotBlank String name,

            @NotBlank @Pattern(regexp = "^([0-9]{10}|[0-9]{12})$")
            String inn,

            @NotBlank String address,
            @NotBlank String site) {}

    /**
     * @param storageNumber the fiscal storage's number (ФН) the local operator signs with, 16 digits
     * @param signingKey the key of the fiscal sign's HMAC
     */
    public record Local(
            @NotBlank @Pattern(regexp = "^[0-9]{16}$") String storageNumber,
            @NotBlank String signingKey) {}
}
