package org.vocbridge.shared.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what. Reading is public; every write needs a signed-in user (pages, with CSRF
 * tokens) or a personal API token (the API, {@code Authorization: Bearer …}); which record a user
 * may change is checked by each module on the record itself.
 */
@Configuration
public class SecurityConfig {

    /** The policy of every page: nothing but this origin's own scripts, styles, images and fonts. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    public PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm stored beside each hash so it can be upgraded
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** No metrics are kept (see application.properties), so the security filters are not observed either. */
    @Bean
    public SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Harvesting protocols (OAI-PMH at {@code /oai}): anonymous and read-only, so a harvester's form
     * POST needs no session and no CSRF token; nothing but public records is served there.
     */
    @Bean
    @Order(0)
    public SecurityFilterChain harvesting(HttpSecurity http) throws Exception {
        http.securityMatcher("/oai")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(this::headers);
        return http.build();
    }

    /**
     * Pages made to be embedded in other sites (the observatory's charts at {@code /embed/**}):
     * anonymous, read-only, and framable by any site.
     */
    @Bean
    @Order(0)
    public SecurityFilterChain embedding(HttpSecurity http) throws Exception {
        http.securityMatcher("/embed/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/embed/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors *")))
                        .frameOptions(f -> f.disable())
                        .referrerPolicy(r ->
                                r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(1)
    public SecurityFilterChain api(HttpSecurity http, ApiTokenAuthenticator tokens, ApplicationEventPublisher events)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/**")
                        .permitAll()
                        // respondents answer surveys without an account
                        .requestMatchers(HttpMethod.POST, "/api/v1/surveys/*/responses")
                        .permitAll()
                        // people register for events without an account; the registration's token is their key
                        .requestMatchers(HttpMethod.POST, "/api/v1/events/*/registrations")
                        .permitAll()
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/events/*/registrations/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.PUT, "/api/v1/events/*/registrations/*/agenda")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/events/*/registrations/*/acceptance")
                        .permitAll()
                        // viewers of a broadcast are counted per country without an account
                        .requestMatchers(HttpMethod.POST, "/api/v1/events/*/viewers")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new RefusedWrites(events), AnonymousAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no cookies are used to authenticate API calls, so there is nothing to forge
                .csrf(csrf -> csrf.disable())
                // answered by the error controller as a problem detail in the caller's language
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                }))
                .headers(this::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle, ApplicationEventPublisher events)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/account/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/login")
                        .permitAll()
                        // respondents answer surveys without an account
                        .requestMatchers(HttpMethod.POST, "/s/**")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST,
                                "/events/*/registrations",
                                "/events/*/registrations/*/cancel",
                                "/events/*/registrations/*/agenda",
                                "/events/*/registrations/*/accept")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler(throttle)
                        .successHandler(throttle)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new RefusedWrites(events), AnonymousAuthenticationFilter.class)
                .headers(this::headers);
        return http.build();
    }

    private void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(f -> f.deny())
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"));
    }
}
