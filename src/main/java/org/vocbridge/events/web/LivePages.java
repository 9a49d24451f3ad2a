package org.vocbridge.events.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The live page as anonymous viewers get it, made at most once a second per node for each event,
 * session and language (see {@link LiveSnapshots}): when a broadcast starts, thousands of viewers
 * without an account open the same page at once. Their answer may also be kept for a second by a
 * cache in front ({@code Cache-Control: public, max-age=1}, varying with the language and the
 * cookie that chooses it). A signed-in viewer's page names them, so it is made for them each time
 * and kept by nobody; so is a page asked for with anything else in its address (such as
 * {@code ?lang=}, which also sets the language cookie).
 */
@Component
@RequiredArgsConstructor
class LivePages extends OncePerRequestFilter {

    private static final Pattern LIVE = Pattern.compile("/events/\\d{1,18}/live");
    private static final Pattern SHARED_QUERY = Pattern.compile("session=\\d{1,18}");
    private static final List<String> REPLAYED = List.of("Content-Type", "Content-Language", "Content-Security-Policy");

    /** A live page as made for anonymous viewers: its body and the headers that go with it. */
    record Page(byte[] body, Map<String, String> headers) {}

    private final LiveSnapshots<String, Page> pages;
    private final LocaleResolver locales;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return !"GET".equals(request.getMethod())
                || !LIVE.matcher(request.getRequestURI()).matches()
                || (query != null && !SHARED_QUERY.matcher(query).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
        if (viewer != null && !(viewer instanceof AnonymousAuthenticationToken)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", "public, max-age=1");
        response.setHeader("Vary", "Accept-Language, Cookie");
        String key = request.getRequestURI() + "?" + request.getQueryString() + " "
                + locales.resolveLocale(request).toLanguageTag();
        Page kept = pages.fresh(key);
        if (kept != null) {
            kept.headers().forEach(response::setHeader);
            response.setContentLength(kept.body().length);
            response.getOutputStream().write(kept.body());
            return;
        }
        ContentCachingResponseWrapper made = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, made);
        if (made.getStatus() == HttpServletResponse.SC_OK) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : REPLAYED) {
                String value = made.getHeader(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            pages.keep(key, new Page(made.getContentAsByteArray(), headers));
        }
        made.copyBodyToResponse();
    }
}
