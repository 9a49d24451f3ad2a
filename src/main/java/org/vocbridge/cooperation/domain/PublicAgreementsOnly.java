package org.vocbridge.cooperation.domain;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/** Keeps drafts and agreements under negotiation out of the index, so search never shows them. */
public class PublicAgreementsOnly implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("status");
        context.bridge(Agreement.class, new Bridge());
    }

    private static class Bridge implements RoutingBridge<Agreement> {
        @Override
        public void route(DocumentRoutes routes, Object id, Agreement agreement, RoutingBridgeRouteContext context) {
            if (agreement.status().isPublic()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object id, Agreement agreement, RoutingBridgeRouteContext context) {
            // the agreement may have been indexed before (for example, a terminated agreement edited)
            routes.addRoute();
        }
    }
}
