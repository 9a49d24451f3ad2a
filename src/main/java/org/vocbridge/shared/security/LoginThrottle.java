package org.vocbridge.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: after a few failed sign-ins for one account name from one address,
 * or very many from one address, the next attempt from there must wait, longer after each failure.
 * The password is not even checked before then. The owner signing in from another address is not
 * held up.
 */
@Component
@RequiredArgsConstructor
public class LoginThrottle implements AuthenticationFailureHandler, AuthenticationSuccessHandler {

    private final SignInAttempts attempts;
    private final SavedRequestAwareAuthenticationSuccessHandler success =
            new SavedRequestAwareAuthenticationSuccessHandler();

    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Duration wait = attempts.waitBeforeNext(username(request), request.getRemoteAddr());
                if (!wait.isZero()) {
                    long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
                    response.setHeader("Retry-After", Long.toString(seconds));
                    response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        attempts.failed(username(request), request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        attempts.succeeded(username(request), request.getRemoteAddr());
        success.onAuthenticationSuccess(request, response, authentication);
    }

    private static String username(HttpServletRequest request) {
        String username = request.getParameter("username");
        return username == null ? "" : username;
    }
}
