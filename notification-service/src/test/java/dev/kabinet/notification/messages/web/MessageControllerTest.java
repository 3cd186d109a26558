package dev.kabinet.notification.messages.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.kabinet.notification.messages.MessageBuilder;
import dev.kabinet.notification.messages.Messages;
import dev.kabinet.platform.security.ResourceServerSecurityConfiguration;
import dev.kabinet.platform.test.Refusals;
import dev.kabinet.platform.web.PlatformWebConfiguration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(MessageController.class)
@ImportAutoConfiguration({PlatformWebConfiguration.class, ResourceServerSecurityConfiguration.class})
@DisplayName("NT-1 in-cabinet messages over HTTP")
class MessageControllerTest {

    static final String IVANOVAS = "1000000011";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Messages messages;

    static JwtRequestPostProcessor ivanova() {
        return jwt().jwt(token ->
                token.claim("preferred_username", "ivanova").claim("accounts", List.of(IVANOVAS, "1000000012")));
    }

    @Test
    void listsTheAccountsMessagesAPageAtATime() throws Exception {
        var message = MessageBuilder.aMessage()
                .on(IVANOVAS)
                .subject("Показания приняты в обработку")
                .body("Показания счётчика ЭМ-101-2019 ...")
                .build();
        given(messages.of(IVANOVAS, 1, 5)).willReturn(new PageImpl<>(List.of(message), PageRequest.of(1, 5), 6));
        given(messages.unread(IVANOVAS)).willReturn(1L);

        mvc.perform(get("/api/v1/accounts/{number}/messages", IVANOVAS)
                        .param("page", "1")
                        .param("size", "5")
                        .with(ivanova()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(message.id().toString()))
                .andExpect(jsonPath("$[0].subject").value("Показания приняты в обработку"))
                .andExpect(jsonPath("$[0].body").value("Показания счётчика ЭМ-101-2019 ..."))
                .andExpect(jsonPath("$[0].createdAt").value("2026-11-22T09:15:31Z"))
                .andExpect(jsonPath("$[0].read").value(false))
                .andExpect(header().string("X-Total-Count", "6"))
                .andExpect(header().string("X-Unread-Count", "1"))
                .andExpect(jsonPath("$[0].eventId").doesNotExist())
                .andExpect(jsonPath("$[0].accountNumber").doesNotExist());
    }

    @Test
    void theFirstPageHasTwentyMessages() throws Exception {
        given(messages.of(IVANOVAS, 0, 20)).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));

        mvc.perform(get("/api/v1/accounts/{number}/messages", IVANOVAS).with(ivanova()))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
    }

    @Test
    @DisplayName("NT-1 a message is marked read; one of another account is not found")
    void marksAMessageRead() throws Exception {
        var id = UUID.randomUUID();
        mvc.perform(post("/api/v1/accounts/{number}/messages/{id}/read", IVANOVAS, id)
                        .with(ivanova()))
                .andExpect(status().isNoContent());
        verify(messages).markRead(IVANOVAS, id);

        var other = UUID.randomUUID();
        willThrow(new dev.kabinet.notification.messages.MessageNotFound())
                .given(messages)
                .markRead(IVANOVAS, other);
        mvc.perform(post("/api/v1/accounts/{number}/messages/{id}/read", IVANOVAS, other)
                        .with(ivanova()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://kabinet.dev/problems/message-not-found"));
    }

    @Test
    @DisplayName("NT-1 every message up to the newest one seen is marked read; without it nothing is")
    void marksReadUpToTheNewestSeen() throws Exception {
        var newest = UUID.randomUUID();
        mvc.perform(post("/api/v1/accounts/{number}/messages/read", IVANOVAS)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"upTo\": \"" + newest + "\"}")
                        .with(ivanova()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value(0));
        verify(messages).markReadUpTo(IVANOVAS, newest);

        mvc.perform(post("/api/v1/accounts/{number}/messages/read", IVANOVAS)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .with(ivanova()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("upTo"));
        verify(messages, org.mockito.Mockito.times(1))
                .markReadUpTo(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
    }

    @Test
    @DisplayName("NT-1 the unread count")
    void countsTheUnread() throws Exception {
        given(messages.unread(IVANOVAS)).willReturn(3L);

        mvc.perform(get("/api/v1/accounts/{number}/messages/unread-count", IVANOVAS)
                        .with(ivanova()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value(3));
    }

    @Test
    void refusesAnAccountNotLinkedToTheCaller() throws Exception {
        mvc.perform(get("/api/v1/accounts/{number}/messages", "2000000021").with(ivanova()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://kabinet.dev/problems/account-access-denied"))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").isString())
                .andExpect(jsonPath("$.instance").value("/api/v1/accounts/2000000021/messages"));
    }

    @Test
    @DisplayName(
            "the format is checked before the access: a malformed number is 400 for a resident it is not linked to")
    void refusesAMalformedAccountNumberBeforeCheckingAccess() throws Exception {
        for (var number : List.of("12ab", "123456789", "12345678901234")) {
            mvc.perform(get("/api/v1/accounts/{number}/messages", number).with(ivanova()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://kabinet.dev/problems/malformed-account-number"))
                    .andExpect(jsonPath("$.errors[0].field").value("number"));
        }
    }

    @Test
    void refusesAForeignAndAnUnknownAccountIndistinguishably() throws Exception {
        var foreign = mvc.perform(
                        get("/api/v1/accounts/{number}/messages", "2000000021").with(ivanova()))
                .andExpect(status().isForbidden())
                .andReturn();
        var unknown = mvc.perform(
                        get("/api/v1/accounts/{number}/messages", "9999999999").with(ivanova()))
                .andReturn();
        Refusals.assertIndistinguishable(
                foreign.getResponse().getContentAsString(),
                unknown.getResponse().getContentAsString());
    }

    @Test
    void refusesAPageTooLargeWithAFieldError() throws Exception {
        mvc.perform(get("/api/v1/accounts/{number}/messages", IVANOVAS)
                        .param("size", "1000")
                        .with(ivanova()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://kabinet.dev/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("Размер страницы — от 1 до 100."));
    }

    @Test
    void refusesInEnglishForAnEnglishPage() throws Exception {
        mvc.perform(get("/api/v1/accounts/{number}/messages", IVANOVAS)
                        .param("size", "1000")
                        .header("Accept-Language", "en")
                        .with(ivanova()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.detail").value("Please check the data you entered."))
                .andExpect(jsonPath("$.errors[0].message").value("The page size is 1 to 100."));
    }

    @Test
    void asksForALoginWithoutAToken() throws Exception {
        mvc.perform(get("/api/v1/accounts/{number}/messages", IVANOVAS))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://kabinet.dev/problems/unauthorized"));
    }
}
