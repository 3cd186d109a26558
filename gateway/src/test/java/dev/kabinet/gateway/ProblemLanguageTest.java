package dev.kabinet.gateway;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Every refusal the gateway makes or translates is in the resident's language (#5): the web client sends its page's
 * language in Accept-Language; Russian is the default, English when asked for, Russian for any other language.
 */
@DisplayName("The gateway's problems speak the resident's language (#5)")
class ProblemLanguageTest extends GatewayTestSupport {

    @Test
    void anEnglishPageIsToldToLogInInEnglish() {
        web.get()
                .uri("/bff/me")
                .header("X-Requested-With", "XMLHttpRequest")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9,ru;q=0.5")
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.CONTENT_LANGUAGE, "en")
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Unauthorized")
                .jsonPath("$.detail")
                .isEqualTo("Please log in to your personal account.");
    }

    @Test
    void aLanguageKabinetDoesNotSpeakGetsRussian() {
        web.get()
                .uri("/bff/me")
                .header("X-Requested-With", "XMLHttpRequest")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE,fr;q=0.8")
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.CONTENT_LANGUAGE, "ru")
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Требуется вход в личный кабинет.");
    }

    @Test
    void aServicesBareRefusalIsTranslatedIntoTheResidentsLanguage() {
        web.mutateWith(ivanova())
                .get()
                .uri("/api/metering/v1/empty-error")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Unauthorized")
                .jsonPath("$.detail")
                .isEqualTo("Please log in to your personal account.");
    }

    @Test
    void anUnreadableHeaderIsNamedInEnglishForAnEnglishPage() {
        web.get()
                .uri("/bff/me")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .header(HttpHeaders.ACCEPT, "*/*;q=NaN")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("The request header Accept could not be read: check its format.");
    }

    @Test
    void anUnreadableAcceptLanguageIsAnsweredInRussian() {
        web.get()
                .uri("/bff/me")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en;q=NaN")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Заголовок запроса Accept-Language не удалось прочитать: проверьте его формат.");
    }
}
