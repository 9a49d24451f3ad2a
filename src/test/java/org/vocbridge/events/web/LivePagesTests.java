package org.vocbridge.events.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The live page made once a second for anonymous viewers, and never shared otherwise. */
class LivePagesTests {

    private final AtomicLong clock = new AtomicLong(0);
    private final AtomicInteger made = new AtomicInteger();
    private final LivePages pages = new LivePages(new LiveSnapshots<>(Duration.ofSeconds(1), clock::get), locales());

    /** The page as the application makes it: numbered, in the language asked for. */
    private final HttpServlet page = new HttpServlet() {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            int n = made.incrementAndGet();
            if (request.getRequestURI().startsWith("/events/404/")) {
                response.sendError(404);
                return;
            }
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Content-Language", request.getLocale().getLanguage());
            response.setHeader("Content-Security-Policy", "default-src 'self'; media-src 'self' blob:");
            response.addHeader(
                    "Set-Cookie", "vocbridge-lang=" + request.getLocale().getLanguage());
            response.getWriter()
                    .write("<p>page " + n + " in " + request.getLocale().getLanguage() + "</p>");
        }
    };

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anonymousViewersShareEachSecondsPagePerLanguage() throws Exception {
        anonymous();
        MockHttpServletResponse first = get("/events/7/live", null, "ru");
        MockHttpServletResponse again = get("/events/7/live", null, "ru");
        assertThat(again.getContentAsString()).isEqualTo("<p>page 1 in ru</p>").isEqualTo(first.getContentAsString());
        assertThat(again.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'; media-src 'self' blob:");
        assertThat(again.getHeader("Content-Language")).isEqualTo("ru");
        assertThat(again.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(again.getHeader("Cache-Control")).isEqualTo("public, max-age=1");
        assertThat(again.getHeader("Vary")).isEqualTo("Accept-Language, Cookie");
        assertThat(again.getHeaders("Set-Cookie"))
                .as("a kept page sets no one's cookie")
                .isEmpty();

        assertThat(get("/events/7/live", null, "zh").getContentAsString()).isEqualTo("<p>page 2 in zh</p>");
        assertThat(get("/events/7/live", "session=3", "ru").getContentAsString())
                .isEqualTo("<p>page 3 in ru</p>");
        assertThat(get("/events/8/live", null, "ru").getContentAsString()).isEqualTo("<p>page 4 in ru</p>");
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(get("/events/7/live", null, "ru").getContentAsString())
                .as("a second later the page is made anew")
                .isEqualTo("<p>page 5 in ru</p>");
    }

    @Test
    void aSignedInViewersPageAndAnyOtherAddressAreMadeEachTime() throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "delegate", null, AuthorityUtils.createAuthorityList("ROLE_USER")));
        get("/events/7/live", null, "en");
        MockHttpServletResponse signedIn = get("/events/7/live", null, "en");
        assertThat(signedIn.getContentAsString()).isEqualTo("<p>page 2 in en</p>");
        assertThat(signedIn.getHeader("Cache-Control")).isNull();

        anonymous();
        get("/events/7/live", "lang=ru", "en");
        assertThat(get("/events/7/live", "lang=ru", "en").getContentAsString()).isEqualTo("<p>page 4 in en</p>");
        get("/events/7", null, "en");
        assertThat(get("/events/7", null, "en").getContentAsString()).isEqualTo("<p>page 6 in en</p>");
        get("/events/404/live", null, "en");
        assertThat(get("/events/404/live", null, "en").getStatus())
                .as("only a page made whole is kept")
                .isEqualTo(404);
        assertThat(made).hasValue(8);
    }

    private MockHttpServletResponse get(String path, String query, String language) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        request.addHeader("Accept-Language", language);
        request.addPreferredLocale(Locale.forLanguageTag(language));
        MockHttpServletResponse response = new MockHttpServletResponse();
        pages.doFilter(request, response, new MockFilterChain(page));
        return response;
    }

    private static void anonymous() {
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    private static AcceptHeaderLocaleResolver locales() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.forLanguageTag("zh"), Locale.ENGLISH, Locale.forLanguageTag("ru")));
        return resolver;
    }
}
