package org.vocbridge.events.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * The platform's own HLS origin at {@code /live/…}: the files an encoder (ffmpeg, OBS) writes into
 * {@code vocbridge.live.folder}, one folder per broadcast, and the demo stream shipped with the
 * platform ({@code /live/demo/}). Playlists are cached for a second, as a live one changes with every
 * segment; segments, which never change once written, for a day. Any site may play them.
 */
@Configuration
class LiveOrigin {

    static final Map<String, MediaType> MEDIA_TYPES = Map.of(
            "m3u8", MediaType.parseMediaType("application/vnd.apple.mpegurl"),
            "ts", MediaType.parseMediaType("video/mp2t"),
            "m4s", MediaType.parseMediaType("video/iso.segment"),
            "mp4", MediaType.parseMediaType("video/mp4"),
            "aac", MediaType.parseMediaType("audio/aac"),
            "vtt", MediaType.parseMediaType("text/vtt"));

    @Bean
    SimpleUrlHandlerMapping liveOriginMapping(@Value("${vocbridge.live.folder}") Path folder) throws Exception {
        Files.createDirectories(folder);
        ResourceHttpRequestHandler files = new LiveFiles();
        files.setLocations(
                List.of(new FileSystemResource(folder.toAbsolutePath() + "/"), new ClassPathResource("live/")));
        files.setMediaTypes(MEDIA_TYPES);
        files.afterPropertiesSet();
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/live/**", files));
        mapping.setOrder(10);
        return mapping;
    }

    /** Static files with a lifetime by kind: playlists a second, segments a day. */
    private static final class LiveFiles extends ResourceHttpRequestHandler {

        @Override
        protected void setHeaders(HttpServletResponse response, Resource resource, MediaType mediaType)
                throws IOException {
            super.setHeaders(response, resource, mediaType);
            String name = resource.getFilename() == null ? "" : resource.getFilename();
            response.setHeader("Cache-Control", name.endsWith(".m3u8") ? "public, max-age=1" : "public, max-age=86400");
            response.setHeader("Access-Control-Allow-Origin", "*");
        }
    }
}
