package dev.kabinet.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The demo residents' meters are the ones metering-service's demo seed has (its readings refer to them), read from that
 * file as text: no Java of another module. Skipped once metering keeps its meters only as a projection of
 * {@code account.accounts} and the seed (or its meter rows) is gone.
 */
@DisplayName("MT-1 the demo residents' meters agree with metering-service's demo seed")
class MeteringSeedAgreementTest {

    static final String SEED = "metering-service/src/main/resources/db/demo/R__demo_meters.sql";

    /** (101, '1000000011', 'ЭМ-101-2019', 'ELECTRICITY', 'T1', 6, 1, false, date '2035-06-30') */
    static final Pattern METER = Pattern.compile(
            "\\((\\d+), '(\\d+)', '([^']+)', '(\\w+)', '([T0-9,]+)', (\\d), (\\d), (true|false), date '([0-9-]+)'\\)");

    @Test
    void theSameMetersAsMeteringsDemoSeed() throws IOException {
        Path seed = root().resolve(SEED);
        assumeTrue(Files.isRegularFile(seed), "metering-service has no demo seed of meters any more");

        var seeded = new ArrayList<String>();
        var matcher = METER.matcher(Files.readString(seed));
        while (matcher.find()) {
            seeded.add(String.join(
                    " ",
                    matcher.group(1),
                    matcher.group(2),
                    matcher.group(3),
                    matcher.group(4),
                    matcher.group(5),
                    matcher.group(6),
                    matcher.group(7),
                    matcher.group(8),
                    matcher.group(9)));
        }
        List<String> ours = KnownResidents.accounts().stream()
                .flatMap(account -> account.meters().stream()
                        .map(meter -> String.join(
                                " ",
                                String.valueOf(meter.id()),
                                account.accountNumber(),
                                meter.serialNumber(),
                                meter.service(),
                                String.join(",", meter.zones()),
                                String.valueOf(meter.digitCapacity()),
                                String.valueOf(meter.decimals()),
                                String.valueOf(meter.remoteRead()),
                                meter.verificationDue())))
                .toList();

        assumeTrue(!seeded.isEmpty(), "metering-service's demo seed has no meter rows any more");
        assertThat(ours).containsExactlyInAnyOrderElementsOf(seeded);
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("local-stack/bin/parts.sh"))) {
            dir = dir.getParent();
        }
        assertThat(dir)
                .as("the repository root above " + Path.of("").toAbsolutePath())
                .isNotNull();
        return dir;
    }
}
