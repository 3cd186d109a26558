package dev.kabinet.e2e.fuzz;

import java.util.List;

/**
 * The demo data the fuzz aims at (the accounts the demo back office sends on {@code ./kabinet up}, the demo links of
 * account-service's and the meters and readings of the other services' {@code db/demo} scripts): fixed ids, so a
 * seed generates the same requests on every stack. The fuzz checks at the start that each resident sees exactly these.
 */
final class DemoData {

    private DemoData() {}

    /** An account with one of its meters and its first (demo) reading. */
    record Account(String number, long meterId, String readingId) {}

    /** A demo user and the accounts linked to them; {@code other} is the resident whose data is foreign to them. */
    record Resident(String username, List<Account> accounts) {}

    static final Resident IVANOVA = new Resident(
            "ivanova",
            List.of(
                    new Account("1000000011", 101, "00000000-0000-4000-8000-000000000101"),
                    new Account("1000000012", 102, "00000000-0000-4000-8000-000000000102")));

    static final Resident PETROV =
            new Resident("petrov", List.of(new Account("2000000021", 201, "00000000-0000-4000-8000-000000000201")));

    static final List<Resident> RESIDENTS = List.of(IVANOVA, PETROV);

    static Resident other(Resident resident) {
        return resident == IVANOVA ? PETROV : IVANOVA;
    }

    static Resident named(String username) {
        return RESIDENTS.stream()
                .filter(r -> r.username().equals(username))
                .findFirst()
                .orElseThrow();
    }
}
