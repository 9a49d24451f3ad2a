package org.vocbridge.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds the handler of a request by trying the mappings of handler methods marked {@link
 * FrequentRequests} first, and only then, as usual, every mapping of the application against it.
 */
@Configuration
class FrequentRequestMapping implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new Mapping();
    }

    static class Mapping extends RequestMappingHandlerMapping {

        private List<Map.Entry<RequestMappingInfo, HandlerMethod>> frequent = List.of();

        @Override
        protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            super.handlerMethodsInitialized(handlerMethods);
            frequent = handlerMethods.entrySet().stream()
                    .filter(mapping -> mapping.getValue().hasMethodAnnotation(FrequentRequests.class))
                    .map(mapping -> Map.entry(mapping.getKey(), mapping.getValue()))
                    .toList();
        }

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            if (!CorsUtils.isPreFlightRequest(request)) {
                for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : frequent) {
                    RequestMappingInfo match = mapping.getKey().getMatchingCondition(request);
                    if (match != null) {
                        request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, mapping.getValue());
                        handleMatch(match, lookupPath, request);
                        return mapping.getValue();
                    }
                }
            }
            return super.lookupHandlerMethod(lookupPath, request);
        }
    }
}
