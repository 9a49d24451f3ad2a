package org.vocbridge.library.domain;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Keeps all but published public resources out of the index: nothing under review and nothing for
 * members only ever shows in search.
 */
public class PublishedPublicOnly implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("status").use("visibility");
        context.bridge(Resource.class, new Bridge());
    }

    private static class Bridge implements RoutingBridge<Resource> {
        @Override
        public void route(DocumentRoutes routes, Object id, Resource resource, RoutingBridgeRouteContext context) {
            if (resource.isPublicToAll()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object id, Resource resource, RoutingBridgeRouteContext context) {
            // it may have been indexed while public (made members-only or returned since)
            routes.addRoute();
        }
    }
}
