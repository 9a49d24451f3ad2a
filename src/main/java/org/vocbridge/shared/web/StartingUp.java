package org.vocbridge.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Until the application is ready (its start-up work, the demo data among it, done), every request
 * but the health checks is answered 503 with Retry-After, so that no one is shown an empty
 * platform: pages say in the reader's language that VocBridge is starting and reload themselves,
 * the API answers a problem detail. The state is this node's own: each node is ready on its own.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StartingUp extends OncePerRequestFilter {

    static final int RETRY_SECONDS = 3;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final PublicAddress address;
    private final Environment environment;
    private volatile boolean ready;

    StartingUp(MessageSource messages, PublicAddress address, Environment environment) {
        this.messages = messages;
        this.address = address;
        this.environment = environment;
    }

    @EventListener
    void on(AvailabilityChangeEvent<ReadinessState> event) {
        boolean nowReady = event.getState() == ReadinessState.ACCEPTING_TRAFFIC;
        if (nowReady && !ready) {
            log.info(
                    "VocBridge is ready at {}/",
                    address.configured() != null
                            ? address.configured()
                            : "http://localhost:" + environment.getProperty("local.server.port", "8080"));
        }
        ready = nowReady;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return ready || path.startsWith("/actuator/health") || path.equals("/livez") || path.equals("/readyz");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = request.getLocale();
        String title = messages.getMessage("starting.title", null, locale);
        String detail = messages.getMessage("starting.detail", null, locale);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            // RFC 9457 members, in their usual order
            var problem = new LinkedHashMap<String, Object>();
            problem.put("type", "about:blank");
            problem.put("title", title);
            problem.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            problem.put("detail", detail);
            JSON.writeValue(response.getWriter(), problem);
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(locale.getLanguage()) + "\"><head>"
                        + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<meta http-equiv=\"refresh\" content=\"" + RETRY_SECONDS + "\"><title>"
                        + HtmlUtils.htmlEscape(title) + "</title></head><body><main><h1>" + HtmlUtils.htmlEscape(title)
                        + "</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p></main></body></html>");
    }
}
