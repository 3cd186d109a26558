package dev.kabinet.e2e.fuzz;

import java.util.List;

/**
 * The catalogue of hostile values, each with the kind it belongs to so the summary can say which kind of input broke
 * what. None of the strings is a reading a meter could show (each is refused by the meter's rules: negative, not a
 * plain decimal, too many digits or decimals), so a write that carries one must never change anything.
 */
final class Hostile {

    private Hostile() {}

    /** A hostile value and its kind ("control", "rtl", "huge-number" ...). */
    record Value(String kind, String text) {}

    static final String TWO_POW_63 = "9223372036854775808";

    /** Numbers a parser must not choke on: huge, non-finite, negative zero, beyond 64 bits. */
    static final List<Value> NUMBERS = List.of(
            new Value("huge-number", "1E+200000"),
            new Value("huge-number", "1e309"),
            new Value("huge-number", "-1E+200000"),
            new Value("tiny-number", "1e-400"),
            new Value("non-finite", "NaN"),
            new Value("non-finite", "Infinity"),
            new Value("non-finite", "-Infinity"),
            new Value("negative-zero", "-0"),
            new Value("negative-zero", "-0.0"),
            new Value("int64-overflow", TWO_POW_63),
            new Value("int64-overflow", "-9223372036854775809"),
            new Value("int64-overflow", "18446744073709551616"),
            new Value("int32-overflow", "2147483648"),
            new Value("negative", "-1"),
            new Value("hex", "0x1F"),
            new Value("digits-grouped", "1_000"),
            new Value("digits-grouped", "1 000,5"),
            new Value("many-decimals", "0.0000001"),
            new Value("long-digits", "9".repeat(400)));

    /** Strings with bytes nobody types: control characters, bidi overrides, NUL, odd Unicode. */
    static final List<Value> STRINGS = List.of(
            new Value("empty", ""),
            new Value("blank", "   "),
            new Value("control", "\u0001\u0002\u0007\u001b[31m"),
            new Value("control", "12\t34\r\n5"),
            new Value("control", "\u007f\u0085\u009b"),
            new Value("null-byte", "\u0000"),
            new Value("null-byte", "1234\u00005"),
            new Value("rtl", "\u202E1100000001"),
            new Value("rtl", "\u202Egnp.exe\u202C"),
            new Value("rtl", "\u200F\u200E\u2066\u2069"),
            // the security probe's free texts (issue #5, faults B and E): NUL reached PostgreSQL (500), a bell and an
            // RTL override were stored and shown to operators
            new Value("null-byte", "abc\u0000"),
            new Value("control", "abc\u0007def"),
            new Value("rtl", "abc\u202Edef"),
            new Value("rtl", "abc\u2066def\u2069"),
            new Value("bom", "\uFEFF12346"),
            new Value("zero-width", "123\u200B46"),
            new Value("fullwidth-digits", "１２３４６"),
            new Value("arabic-digits", "١٢٣٤٦"),
            new Value("emoji", "💡🔥"),
            new Value("combining", "1\u0301\u0302\u0303\u0304\u0305"),
            new Value("sql", "' OR '1'='1"),
            new Value("sql", "1; DROP TABLE reading; --"),
            new Value("html", "<script>alert(1)</script>"),
            new Value("template", "${jndi:ldap://127.0.0.1/x}"),
            new Value("template", "{{7*7}}#{7*7}"),
            new Value("traversal", "../../../../etc/passwd"),
            new Value("percent", "%00%2F%25"),
            new Value("cyrillic", "двенадцать тысяч"),
            new Value("oversized", "9".repeat(10_000)),
            new Value("oversized", "Ж".repeat(50_000)));

    /** Account numbers in every shape but the resident's own. */
    static final List<Value> ACCOUNT_NUMBERS = List.of(
            new Value("account-short", "100000001"),
            new Value("account-long", "10000000111234"),
            new Value("account-long", "1000000011".repeat(30)),
            new Value("account-unknown", "9999999999"),
            new Value("account-zero", "0000000000"),
            new Value("account-padded", " 1000000011"),
            new Value("account-padded", "1000000011 "),
            new Value("account-signed", "+1000000011"),
            new Value("account-signed", "-1000000011"),
            new Value("account-decimal", "1000000011.0"),
            new Value("account-exponent", "1.000000011E9"),
            new Value("account-list", "1000000011,2000000021"),
            new Value("account-fullwidth", "１０００００００１１"),
            new Value("account-rtl", "\u202E1100000001"),
            new Value("account-null-byte", "1000000011\u0000"),
            new Value("account-letters", "ABCDEFGHIJ"));

    /** Every hostile string value (numbers written as strings, odd strings, malformed account numbers). */
    static final List<Value> ALL = concat(NUMBERS, STRINGS, ACCOUNT_NUMBERS);

    /** JSON that is not JSON, or not the JSON a schema wants at the top. */
    static final List<Value> MALFORMED_JSON = List.of(
            new Value("json-truncated", "{\"values\": {\"T1\": \"1"),
            new Value("json-trailing", "{\"values\": {\"T1\": \"-1\"}} garbage"),
            new Value("json-single-quotes", "{'values': {'T1': '-1'}}"),
            new Value("json-comment", "/* x */ {\"values\": {\"T1\": \"-1\"}}"),
            new Value("json-bare-nan", "{\"values\": {\"T1\": NaN}}"),
            new Value("json-bare-infinity", "{\"values\": {\"T1\": -Infinity}}"),
            new Value("json-huge-exponent", "{\"values\": {\"T1\": 1E+200000}}"),
            new Value("json-int64-overflow", "{\"values\": {\"T1\": " + TWO_POW_63 + "}}"),
            new Value("json-negative-zero", "{\"values\": {\"T1\": -0}}"),
            new Value("json-duplicate-keys", "{\"values\": {\"T1\": \"-1\"}, \"values\": {\"T1\": \"NaN\"}}"),
            new Value("json-deep-nesting", "[".repeat(5_000) + "]".repeat(5_000)),
            new Value("json-deep-nesting", "{\"values\":" + "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_001)),
            new Value("json-top-level-array", "[{\"values\": {\"T1\": \"-1\"}}]"),
            new Value("json-top-level-string", "\"values\""),
            new Value("json-top-level-number", "1E+200000"),
            new Value("json-null", "null"),
            new Value("json-empty", ""),
            new Value("json-whitespace", "  \n\t "),
            new Value("json-bom", "\uFEFF{\"values\": {\"T1\": \"-1\"}}"),
            new Value("json-escaped-null", "{\"values\": {\"T1\": \"\\u0000\"}}"),
            new Value("json-lone-surrogate", "{\"values\": {\"T1\": \"\\ud800\"}}"),
            new Value("json-unicode-key", "{\"v\\u0061lues\": {\"T\\u0031\": \"-1\"}}"));

    /**
     * How a plausible body is spoiled so that only strict binding refuses it (issue #5, fault D, and fault A's size):
     * before the platform's request mapper each was taken — a fraction cut to an integer, a number taken as text, the
     * last of two keys winning — or, for the 20,000-element arrays, ran a service out of memory.
     */
    static final List<String> STRICT_BINDING =
            List.of("fraction-for-integer", "number-for-text", "boolean-for-text", "duplicate-key", "array-20000");

    @SafeVarargs
    private static List<Value> concat(List<Value>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
