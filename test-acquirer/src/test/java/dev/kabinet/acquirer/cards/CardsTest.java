package dev.kabinet.acquirer.cards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("PY-3 the hosted page's card checks: Luhn, brand, masking, test cards")
class CardsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4111111111111111",
                "5555555555554444",
                "2200000000000004",
                "4000000000000010",
                "4000000000000028",
                "4000000000000036",
                "4000000000000002",
                "79927398713"
            })
    @DisplayName("PY-3 accepts numbers whose Luhn sum is a multiple of 10")
    void acceptsValidLuhn(String number) {
        assertThat(Luhn.valid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111112", "79927398710", "", "4111-1111", "abcd"})
    @DisplayName("PY-3 refuses a mistyped number, an empty one and one that is not only digits")
    void refusesInvalidLuhn(String number) {
        assertThat(Luhn.valid(number)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "4111111111111111, VISA",
        "4000000000000002, VISA",
        "5555555555554444, MASTERCARD",
        "5105105105105100, MASTERCARD",
        "2221000000000009, MASTERCARD",
        "2720990000000007, MASTERCARD",
        "2200000000000004, MIR",
        "2204999999999999, MIR"
    })
    @DisplayName("PY-3 tells Visa (4), MasterCard (51–55, 2221–2720) and MIR (2200–2204) by the number's prefix")
    void detectsTheBrand(String number, CardBrand brand) {
        assertThat(CardBrand.of(number)).contains(brand);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3530111333300000", "6011111111111117", "2205000000000000", "378282246310005", "12"})
    @DisplayName("PY-3 knows no other brand (JCB, Discover, AmEx, 2205…)")
    void knowsNoOtherBrand(String number) {
        assertThat(CardBrand.of(number)).isEmpty();
    }

    @Test
    @DisplayName("PY-3 a card number is shown and logged only as its first six and last four digits")
    void masksTheNumber() {
        assertThat(Pan.mask("4111111111111111")).isEqualTo("411111**1111");
        assertThat(Pan.mask("220000000000000004")).isEqualTo("220000**0004");
        assertThat(Pan.mask("123")).isEqualTo("****");
        assertThat(Pan.digitsOf("4111 1111-1111 1111")).isEqualTo("4111111111111111");
    }

    @Test
    @DisplayName("PY-3 every test card is a valid number of a known brand")
    void testCardsAreValid() {
        for (TestCard card : TestCard.values()) {
            assertThat(Luhn.valid(card.number())).as(card.name()).isTrue();
            assertThat(CardBrand.of(card.number())).as(card.name()).isPresent();
        }
        assertThat(TestCard.of("4000000000000036"))
                .get()
                .extracting(TestCard::outcome)
                .isEqualTo(TestCard.Outcome.THREE_DS_FAILED);
    }
}
