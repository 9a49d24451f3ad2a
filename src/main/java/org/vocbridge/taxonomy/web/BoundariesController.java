package org.vocbridge.taxonomy.web;

import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.taxonomy.TileMap;
import org.vocbridge.taxonomy.domain.Boundaries;

/** The operator's country boundaries, for maps coloured within borders; 404 when none is configured. */
@RestController
@RequiredArgsConstructor
class BoundariesController {

    private final Boundaries boundaries;

    @GetMapping(TileMap.BOUNDARIES)
    ResponseEntity<byte[]> boundaries() {
        if (!boundaries.configured()) {
            throw new NotFoundException("Boundaries", "vocbridge.maps.boundaries");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(boundaries.geoJson());
    }
}
