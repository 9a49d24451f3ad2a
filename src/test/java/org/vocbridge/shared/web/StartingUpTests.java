package org.vocbridge.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StartingUpTests {

    private final StartingUp filter = filter();

    private static StartingUp filter() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new StartingUp(messages, new PublicAddress(""), new StandardEnvironment());
    }

    private MockHttpServletResponse send(String path, Locale locale) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addPreferredLocale(locale);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(200); // reached the application
        }
        return response;
    }

    @Test
    void untilReadyPagesSayInTheReadersLanguageThatTheyWillReloadAndTheApiAnswersAProblem() throws Exception {
        MockHttpServletResponse page = send("/organizations", Locale.forLanguageTag("ru"));
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("3");
        assertThat(page.getContentAsString())
                .contains("<html lang=\"ru\">")
                .contains("VocBridge запускается")
                .contains("http-equiv=\"refresh\"");

        MockHttpServletResponse api = send("/api/v1/organizations", Locale.CHINESE);
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"status\":503").contains("VocBridge 正在启动");

        // the health checks answer all along: a load balancer asks the readiness probe
        assertThat(send("/actuator/health/readiness", Locale.ENGLISH).getStatus())
                .isEqualTo(200);
        assertThat(send("/readyz", Locale.ENGLISH).getStatus()).isEqualTo(200);
        assertThat(send("/livez", Locale.ENGLISH).getStatus()).isEqualTo(200);
        assertThat(send("/readyz/../organizations", Locale.ENGLISH).getStatus()).isEqualTo(503);

        filter.on(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        assertThat(send("/organizations", Locale.ENGLISH).getStatus()).isEqualTo(200);

        filter.on(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        assertThat(send("/organizations", Locale.ENGLISH).getStatus()).isEqualTo(503);
    }
}
