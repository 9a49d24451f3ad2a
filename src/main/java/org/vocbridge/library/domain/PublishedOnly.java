package org.vocbridge.library.domain;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;
import org.vocbridge.library.ResourceStatus;

/**
 * Keeps resources under review out of the index. Published ones are indexed with their audience
 * (everyone, or the alliance's members and the owners), which every search filters on.
 */
public class PublishedOnly implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("status");
        context.bridge(Resource.class, new Bridge());
    }

    private static class Bridge implements RoutingBridge<Resource> {
        @Override
        public void route(DocumentRoutes routes, Object id, Resource resource, RoutingBridgeRouteContext context) {
            if (resource.status() == ResourceStatus.PUBLISHED) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object id, Resource resource, RoutingBridgeRouteContext context) {
            // it may have been indexed while published (returned since)
            routes.addRoute();
        }
    }
}
