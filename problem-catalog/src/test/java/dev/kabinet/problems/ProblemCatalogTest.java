package dev.kabinet.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemCatalogTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" → {1}")
    @CsvSource(
            nullValues = "null",
            delimiter = '|',
            value = {
                "null | ru",
                "'' | ru",
                "ru-RU,ru;q=0.9 | ru",
                "en-US,en;q=0.9 | en",
                "de-DE | ru",
                "de-DE,en;q=0.5 | en",
                "en;q=0.1,ru;q=0.9 | ru",
                "';;;q=x' | ru"
            })
    @DisplayName("Answers in the first language the resident accepts, Russian otherwise (ARCHITECTURE: Russian first)")
    void picksTheLanguage(String header, String expected) {
        assertThat(ProblemCatalog.language(header).getLanguage()).isEqualTo(expected);
    }

    @Test
    @DisplayName("A bare status is answered in the resident's language, title and detail alike")
    void statusInBothLanguages() {
        assertThat(ProblemCatalog.detail(404, ProblemCatalog.RUSSIAN)).isEqualTo("Такой страницы или ресурса нет.");
        assertThat(ProblemCatalog.detail(404, ProblemCatalog.ENGLISH)).isEqualTo("There is no such page or resource.");
        assertThat(ProblemCatalog.title(404, ProblemCatalog.RUSSIAN)).isEqualTo("Не найдено");
        assertThat(ProblemCatalog.title(404, ProblemCatalog.ENGLISH)).isEqualTo("Not Found");
        assertThat(ProblemCatalog.title(418, ProblemCatalog.RUSSIAN)).isEqualTo("Запрос не выполнен");
        assertThat(ProblemCatalog.detail(599, ProblemCatalog.ENGLISH)).startsWith("The service could not");
    }

    @Test
    @DisplayName("A language Kabinet does not speak gets Russian, not the JVM's default locale")
    void unknownLanguageIsRussianWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(ProblemCatalog.detail(405, Locale.GERMAN)).startsWith("Этот метод");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    @DisplayName("MT-2: numbers in messages are written the resident's way: 12 345,6 in Russian, 12,345.6 in English")
    void numbersPerLanguage() {
        var previous = new LinkedHashMap<String, Object>();
        previous.put("T1", new BigDecimal("12345.6"));
        previous.put("T2", new BigDecimal("7000"));
        Object[] ru = ProblemCatalog.arguments(new Object[] {previous}, ProblemCatalog.RUSSIAN);
        Object[] en = ProblemCatalog.arguments(new Object[] {Map.of("T1", new BigDecimal("12345.6"))}, Locale.ENGLISH);
        assertThat(((String) ru[0]).replace('\u00a0', ' ').replace('\u202f', ' '))
                .isEqualTo("T1: 12 345,6, T2: 7 000");
        assertThat(en[0]).isEqualTo("T1: 12,345.6");
    }

    @Test
    @DisplayName("Arguments fill the message; a quote written '' comes out as one")
    void formatsArguments() {
        assertThat(ProblemCatalog.message("problem.header-unreadable", ProblemCatalog.ENGLISH, "Accept"))
                .isEqualTo("The request header Accept could not be read: check its format.");
        assertThat(ProblemCatalog.detail(431, ProblemCatalog.ENGLISH)).contains("this site's cookies");
    }

    @Test
    @DisplayName(
            "Every Russian message has its English translation and no English message is left without a Russian one")
    void bundlesHaveTheSameKeys() throws Exception {
        assertThat(keys("common_en.properties")).isEqualTo(keys("common.properties"));
    }

    private static java.util.Set<String> keys(String file) throws Exception {
        var properties = new Properties();
        try (var in = ProblemCatalog.class.getResourceAsStream("/kabinet/problems/" + file)) {
            properties.load(in);
        }
        return properties.stringPropertyNames();
    }
}
