package dev.kabinet.demodata;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/**
 * Account records as the JSON data of a CloudEvent on {@code backoffice.accounts}: compact, UTF-8, properties in the
 * contract's order, absent values left out. The same record gives the same bytes.
 */
public final class AccountJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AccountJson() {}

    public static String write(AccountUpsertedV1 account) {
        return JSON.writeValueAsString(account);
    }

    public static byte[] bytes(AccountUpsertedV1 account) {
        return write(account).getBytes(StandardCharsets.UTF_8);
    }
}
