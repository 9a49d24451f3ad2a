package org.vocbridge.awards.domain;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/** Keeps entries out of the index until they are winners of published results. */
public class PublishedWinnersOnly implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("published");
        context.bridge(AwardEntry.class, new Bridge());
    }

    private static class Bridge implements RoutingBridge<AwardEntry> {
        @Override
        public void route(DocumentRoutes routes, Object id, AwardEntry entry, RoutingBridgeRouteContext context) {
            if (entry.published()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object id, AwardEntry entry, RoutingBridgeRouteContext context) {
            // it may have been indexed while its results were published
            routes.addRoute();
        }
    }
}
