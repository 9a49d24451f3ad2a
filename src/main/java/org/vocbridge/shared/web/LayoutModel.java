package org.vocbridge.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.vocbridge.shared.security.CurrentUser;

/** What the page layout needs on every page: the user, the UI languages, the current address. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.fromSecurityContext();
    }

    @ModelAttribute("uiLanguages")
    List<String> uiLanguages() {
        return LocaleConfig.UI_LOCALES.stream().map(l -> l.getLanguage()).toList();
    }

    /** The current path and query without {@code lang}, for the language switch. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UriComponentsBuilder.fromPath(path)
                .query(request.getQueryString())
                .replaceQueryParam("lang")
                .build()
                .toUriString();
    }
}
