package dev.kabinet.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.kabinet.demodata.AccountUpsertedV1.ChargeLine;
import dev.kabinet.demodata.AccountUpsertedV1.Meter;
import dev.kabinet.platform.test.EventContracts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BO-1 the demo data generator: deterministic, valid per the contract, realistic")
class AccountGeneratorTest {

    static final long SEED = 20261129L;
    static final int SAMPLE = 3_000;
    static final List<AccountUpsertedV1> ACCOUNTS =
            new AccountGenerator(SEED).accounts(SAMPLE).toList();

    @Test
    @DisplayName("the same seed gives byte-identical records, whether streamed, iterated or made one by one")
    void theSameSeedGivesTheSameBytes() {
        var again = new AccountGenerator(SEED)
                .accounts(SAMPLE)
                .map(AccountJson::write)
                .toList();
        assertThat(ACCOUNTS.stream().map(AccountJson::write).toList()).isEqualTo(again);

        var generator = new AccountGenerator(SEED);
        assertThat(AccountJson.write(generator.account(1234))).isEqualTo(again.get(1234));
        var iterator = generator.iterator(3);
        assertThat(AccountJson.write(iterator.next())).isEqualTo(again.get(0));
        var parallel =
                generator.accounts(SAMPLE).parallel().map(AccountJson::write).toList();
        assertThat(parallel).isEqualTo(again);
    }

    @Test
    @DisplayName("another seed gives other owners, homes and meters under the same account numbers")
    void anotherSeedGivesOtherContents() {
        var other = new AccountGenerator(SEED + 1).accounts(100).toList();
        assertThat(other)
                .extracting(AccountUpsertedV1::accountNumber)
                .isEqualTo(ACCOUNTS.subList(0, 100).stream()
                        .map(AccountUpsertedV1::accountNumber)
                        .toList());
        long same = IntStream.range(0, 100)
                .filter(i -> AccountJson.write(other.get(i)).equals(AccountJson.write(ACCOUNTS.get(i))))
                .count();
        assertThat(same).isZero();
    }

    @Test
    @DisplayName("every record conforms to backoffice.AccountUpserted.v1, as account-service's listener validates it")
    void everyRecordConformsToTheContract() {
        ACCOUNTS.forEach(account -> EventContracts.assertConforms(AccountUpsertedV1.TYPE, AccountJson.write(account)));
    }

    @Test
    @DisplayName("every record is an account account-service takes (docs/adr/0009): lines and meters of its services,"
            + " codes and meter ids unique, the flat no larger than its house")
    void everyRecordIsAnAccount() {
        var allMeterIds = new HashSet<Long>();
        for (var account : ACCOUNTS) {
            var services = Set.copyOf(account.services());
            assertThat(services).hasSameSizeAs(account.services()).contains("ELECTRICITY");
            assertThat(account.chargeLines()).extracting(ChargeLine::service).allMatch(services::contains);
            assertThat(account.meters()).extracting(Meter::service).allMatch(services::contains);
            assertThat(account.chargeLines()).extracting(ChargeLine::code).doesNotHaveDuplicates();
            account.meters().forEach(meter -> assertThat(allMeterIds.add(meter.id()))
                    .as("meter id %d unique", meter.id())
                    .isTrue());
            assertThat(new BigDecimal(account.flatArea())).isLessThanOrEqualTo(new BigDecimal(account.houseArea()));
            assertThat(account.accountNumber())
                    .hasSize(10)
                    .doesNotStartWith("1")
                    .doesNotStartWith("2");
            assertThat(account.meters()).extracting(Meter::id).allMatch(id -> id >= AccountGenerator.FIRST_METER_ID);
        }
        assertThat(ACCOUNTS).extracting(AccountUpsertedV1::accountNumber).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("AC-1 MT-1 the data are varied like a utility's: towns and villages, both genders, every service,"
            + " every zone set, remote-read, retired and overdue meters")
    void theDataAreVaried() {
        var settlements = ACCOUNTS.stream()
                .map(a -> a.address()
                        .substring(
                                0,
                                a.address().indexOf(", ул.") > 0 ? a.address().indexOf(", ул.") : 10))
                .collect(Collectors.toSet());
        assertThat(settlements.size()).isGreaterThanOrEqualTo(8);
        assertThat(ACCOUNTS).anyMatch(a -> a.address().startsWith("г. Москва"));
        assertThat(ACCOUNTS).anyMatch(a -> a.address().contains("д. Кривцово") && a.flatNumber() == null);
        assertThat(ACCOUNTS).anyMatch(a -> a.ownerName().matches("\\S+ова \\S+ \\S+вна"));
        assertThat(ACCOUNTS).anyMatch(a -> a.ownerName().matches("\\S+ов \\S+ \\S+вич"));
        assertThat(ACCOUNTS).anyMatch(a -> a.ownerName().matches("\\S+ская \\S+ \\S+на"));
        assertThat(ACCOUNTS.stream().flatMap(a -> a.services().stream()).collect(Collectors.toSet()))
                .contains("ELECTRICITY", "GAS", "GAS_EQUIPMENT_MAINTENANCE", "COLD_WATER", "HOT_WATER", "WASTEWATER");
        assertThat(ACCOUNTS.stream()
                        .flatMap(a -> a.chargeLines().stream())
                        .map(ChargeLine::code)
                        .collect(Collectors.toSet()))
                .contains("EL", "EL_ODN", "EL_PENALTY", "GAS", "VDGO", "CW", "HW", "WW");

        var meters = ACCOUNTS.stream().flatMap(a -> a.meters().stream()).toList();
        assertThat(meters.stream()
                        .filter(m -> m.service().equals("ELECTRICITY") && !m.retired())
                        .map(Meter::zones)
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(List.of("T1"), List.of("T1", "T2"), List.of("T1", "T2", "T3"));
        assertThat(meters.stream().map(Meter::service).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("ELECTRICITY", "GAS", "COLD_WATER", "HOT_WATER");
        assertThat(meters).anyMatch(Meter::remoteRead).anyMatch(Meter::retired);
        assertThat(meters.stream().filter(Meter::retired)).allMatch(m -> m.verificationDue() == null);
        long overdue = meters.stream()
                .filter(m -> !m.retired() && m.verificationDue() != null)
                .filter(m -> LocalDate.parse(m.verificationDue()).isBefore(AccountGenerator.AS_OF))
                .count();
        assertThat(overdue).as("overdue verifications").isBetween(meters.size() / 50L, meters.size() / 3L);
        assertThat(meters.stream().map(Meter::decimals).collect(Collectors.toSet()))
                .contains(0, 1, 2, 3);

        assertThat(ACCOUNTS).anyMatch(a -> a.phone() == null).anyMatch(a -> a.email() == null);
        assertThat(ACCOUNTS).anyMatch(a -> a.phone() != null && a.phone().matches("\\+79\\d{9}"));
        assertThat(ACCOUNTS).anyMatch(a -> a.phone() != null && a.phone().startsWith("8 9"));
        assertThat(ACCOUNTS).anyMatch(a -> a.phone() != null && a.phone().startsWith("+7 (9"));
        assertThat(ACCOUNTS.stream().filter(a -> a.email() != null))
                .allMatch(a -> a.email().matches("[a-z.]+\\d*@example\\.(com|net|org)"));
        assertThat(ACCOUNTS.stream().map(AccountUpsertedV1::rooms).collect(Collectors.toSet()))
                .contains(1, 2, 3, 4);
    }

    @Test
    @DisplayName("AC-1 flats of one building report the building's one total area")
    void flatsOfOneBuildingShareItsArea() {
        var areaOf = new HashMap<String, String>();
        int shared = 0;
        for (var account : ACCOUNTS) {
            if (account.flatNumber() == null) {
                continue;
            }
            String building = account.address().substring(0, account.address().lastIndexOf(", кв. "));
            String before = areaOf.putIfAbsent(building, account.houseArea());
            if (before != null) {
                assertThat(account.houseArea()).as(building).isEqualTo(before);
                shared++;
            }
        }
        assertThat(shared).as("buildings with more than one generated flat").isPositive();
    }

    @Test
    @DisplayName("records are made as they are read: a stream of billions costs nothing until read")
    void theStreamIsLazy() {
        var generator = new AccountGenerator(SEED);
        assertThat(generator
                        .accounts(AccountGenerator.MAX_COUNT)
                        .skip(1_000_000)
                        .findFirst())
                .get()
                .extracting(AccountUpsertedV1::accountNumber)
                .isEqualTo("3001000000");
        assertThatIllegalArgumentException().isThrownBy(() -> generator.accounts(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> new AccountGenerator(SEED, 0));
        assertThat(new AccountGenerator(SEED, 5).account(0).revision()).isEqualTo(5);
    }
}
