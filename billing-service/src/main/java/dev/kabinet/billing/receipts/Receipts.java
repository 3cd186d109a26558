package dev.kabinet.billing.receipts;

import dev.kabinet.billing.accounts.BilledAccounts;
import dev.kabinet.billing.accounts.BilledMeter;
import dev.kabinet.billing.consumption.AcceptedReading;
import dev.kabinet.billing.consumption.AcceptedReadings;
import dev.kabinet.billing.settlements.LineSettlement;
import dev.kabinet.billing.settlements.LineSettlements;
import dev.kabinet.billing.system.BillingProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receipts of an account (BL-3): which closed periods a resident can download, and the single payment document of
 * one of them as PDF — the main receipt with every line the utility does not issue separately, then one receipt per
 * separately issued line that has a settlement in the period.
 */
@Service
public class Receipts {

    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("LLLL yyyy 'г.'", Locale.forLanguageTag("ru"));

    private final ClosedPeriods closedPeriods;
    private final LineSettlements settlements;
    private final BilledAccounts accounts;
    private final AcceptedReadings readings;
    private final ReceiptTemplate template;
    private final ReceiptSettings settings;
    private final BillingProperties billing;
    private final Timer rendered;

    Receipts(
            ClosedPeriods closedPeriods,
            LineSettlements settlements,
            BilledAccounts accounts,
            AcceptedReadings readings,
            ReceiptTemplate template,
            ReceiptSettings settings,
            BillingProperties billing,
            MeterRegistry registry) {
        // kabinet_billing_receipts_rendered_seconds_count/_sum/_max: PDFs rendered and how long they took (#12)
        this.rendered = Timer.builder("kabinet.billing.receipts.rendered")
                .description("Receipt PDFs rendered for residents")
                .register(registry);
        this.closedPeriods = closedPeriods;
        this.settlements = settlements;
        this.accounts = accounts;
        this.readings = readings;
        this.template = template;
        this.settings = settings;
        this.billing = billing;
    }

    /** The periods whose receipt the account can download, newest first (at most the periods kept). */
    public List<YearMonth> periods(String accountNumber) {
        return closedPeriods.of(accountNumber, settings.keptPeriods());
    }

    /**
     * The account's receipts of a closed period as one PDF.
     *
     * @throws ReceiptPeriodNotClosed when the period is not among {@link #periods}
     */
    public byte[] pdf(String accountNumber, YearMonth period) {
        var receipts = receipts(accountNumber, period);
        return rendered.record(() -> template.render(receipts));
    }

    /**
     * The receipts of a closed period: the main one first, then the separately issued lines in their order.
     *
     * @throws ReceiptPeriodNotClosed when the period is not among {@link #periods}
     */
    @Transactional(readOnly = true)
    public List<Receipt> receipts(String accountNumber, YearMonth period) {
        if (!periods(accountNumber).contains(period)) {
            throw new ReceiptPeriodNotClosed(period.format(DateTimeFormatter.ofPattern("MM.yyyy")));
        }
        var account = accounts.find(accountNumber);
        var names = new LinkedHashMap<String, String>();
        account.ifPresent(a -> a.chargeLines().forEach(line -> names.put(line.code(), line.name())));
        var settled = new LinkedHashMap<String, LineSettlement>();
        for (var code : lineCodes(accountNumber, names)) {
            settlements.find(accountNumber, code, period).ifPresent(s -> settled.put(code, s));
        }
        var dueDate = period.plusMonths(1).atDay(billing.paymentDueDay());
        var meters = account.map(a -> meters(accountNumber, a.meters(), period)).orElse(List.of());
        var title = "за " + period.atDay(1).format(MONTH);
        var receipts = new ArrayList<Receipt>();
        var main = settled.entrySet().stream()
                .filter(e -> !settings.separateLines().contains(e.getKey()))
                .map(e -> line(e.getValue(), names))
                .toList();
        if (!main.isEmpty() || settled.isEmpty()) {
            receipts.add(new Receipt(settings.payee(), accountNumber, period, dueDate, title, main, meters));
        }
        settled.forEach((code, settlement) -> {
            if (settings.separateLines().contains(code)) {
                var line = line(settlement, names);
                receipts.add(new Receipt(
                        settings.payee(),
                        accountNumber,
                        period,
                        dueDate,
                        title + " — " + line.name(),
                        List.of(line),
                        List.of()));
            }
        });
        return receipts;
    }

    private List<String> lineCodes(String accountNumber, Map<String, String> names) {
        if (!names.isEmpty()) {
            return List.copyOf(names.keySet());
        }
        // billing does not know the account's lines (yet): every line it settled, by code
        return settlements.latest(accountNumber).stream()
                .map(LineSettlement::lineCode)
                .toList();
    }

    private static Receipt.Line line(LineSettlement settlement, Map<String, String> names) {
        return new Receipt.Line(
                settlement.lineCode(),
                names.getOrDefault(settlement.lineCode(), settlement.lineCode()),
                settlement.openingKopecks(),
                settlement.chargesKopecks(),
                settlement.recalculationsKopecks(),
                settlement.paymentsKopecks());
    }

    /** Each meter's readings: the last accepted before the period and the last in it, per zone. */
    private List<String> meters(String accountNumber, List<BilledMeter> meters, YearMonth period) {
        var lines = new ArrayList<String>();
        for (var meter : meters) {
            var all = readings.of(accountNumber, meter.meterId());
            Optional<AcceptedReading> previous = all.stream()
                    .filter(r -> YearMonth.from(r.takenOn()).isBefore(period))
                    .reduce((a, b) -> b);
            Optional<AcceptedReading> current = all.stream()
                    .filter(r -> YearMonth.from(r.takenOn()).equals(period))
                    .reduce((a, b) -> b);
            if (current.isEmpty()) {
                continue;
            }
            var values = current.get().values().entrySet().stream()
                    .map(e -> e.getKey().name() + ": "
                            + previous.map(p -> value(p.values().get(e.getKey())))
                                    .orElse("—")
                            + " → " + value(e.getValue()))
                    .collect(Collectors.joining("; "));
            lines.add("№ " + meter.meterId() + " (" + serviceName(meter) + "), " + values);
        }
        return lines;
    }

    private static String serviceName(BilledMeter meter) {
        return switch (meter.service()) {
            case ELECTRICITY -> "электроэнергия";
            case GAS -> "газ";
            case HOT_WATER -> "горячая вода";
            case COLD_WATER -> "холодная вода";
            case HEATING -> "отопление";
            default -> meter.service().name();
        };
    }

    private static String value(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
