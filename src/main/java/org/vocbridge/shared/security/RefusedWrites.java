package org.vocbridge.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Inside each security filter chain (where the signed-in user is still known once the request is
 * answered): a write that was answered 403 to a signed-in user is published as {@link WriteRefused}.
 */
final class RefusedWrites extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ApplicationEventPublisher events;

    RefusedWrites(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.FORBIDDEN.value()) {
            CurrentUser user = CurrentUser.fromSecurityContext();
            if (user.signedIn()) {
                events.publishEvent(new WriteRefused(user, request.getMethod(), request.getRequestURI()));
            }
        }
    }
}
