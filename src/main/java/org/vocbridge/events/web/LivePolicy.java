package org.vocbridge.events.web;

import java.net.URI;
import java.net.URISyntaxException;
import org.vocbridge.shared.security.SecurityConfig;

/**
 * The content security policy of a live page: the platform's own, plus what a player needs: media
 * from MediaSource ({@code blob:}), hls.js's worker, and the stream's origin when it is elsewhere.
 */
final class LivePolicy {

    private LivePolicy() {}

    static String allowing(String source) {
        String origin = originOf(source);
        String extra = origin == null ? "" : " " + origin;
        return SecurityConfig.CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self'" + extra)
                + "; media-src 'self' blob:" + extra + "; worker-src 'self' blob:";
    }

    /** The scheme, host and port of an https address; null for a path of the platform's own. */
    private static String originOf(String source) {
        if (source == null || !source.startsWith("https://")) {
            return null;
        }
        try {
            URI uri = new URI(source);
            return uri.getHost() == null
                    ? null
                    : "https://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
