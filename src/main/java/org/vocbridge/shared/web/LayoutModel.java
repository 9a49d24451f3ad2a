package org.vocbridge.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;
import org.vocbridge.shared.security.CurrentUser;

/**
 * What the page layout needs on every page: the user, the UI languages, the current address, the
 * {@link Texts} that show multilingual text (for titles passed to the layout, where templates may
 * not name beans). Added
 * to the model of each page about to be rendered, so that API answers, downloads and redirects cost
 * nothing of it.
 */
@Configuration
@RequiredArgsConstructor
class LayoutModel implements HandlerInterceptor, WebMvcConfigurer {

    private static final List<String> UI_LANGUAGES =
            LocaleConfig.UI_LOCALES.stream().map(l -> l.getLanguage()).toList();

    /** Also as {@code texts} in the model: a page's title, given to the layout, may show a multilingual text. */
    private final Texts texts;

    private final PublicAddress address;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || !rendersPage(page)) {
            return;
        }
        page.addObject("currentUser", CurrentUser.fromSecurityContext());
        page.addObject("uiLanguages", UI_LANGUAGES);
        page.addObject("currentPath", currentPath(request));
        page.addObject("publicBase", address.base());
        page.addObject("texts", texts);
    }

    private static boolean rendersPage(ModelAndView page) {
        String name = page.getViewName();
        if (name != null) {
            return !name.startsWith("redirect:") && !name.startsWith("forward:");
        }
        return page.getView() != null && !(page.getView() instanceof SmartView view && view.isRedirectView());
    }

    /** The current path and query without {@code lang}, for the language switch. */
    private static String currentPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UriComponentsBuilder.fromPath(path)
                .query(request.getQueryString())
                .replaceQueryParam("lang")
                .build()
                .toUriString();
    }
}
