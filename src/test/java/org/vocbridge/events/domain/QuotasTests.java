package org.vocbridge.events.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a quota's capacity and the places held are spread over its stripes. */
class QuotasTests {

    @Test
    void stripesAddUpToTheQuotaAndNeverHoldMoreThanTheirCapacity() {
        for (int stripes = 1; stripes <= 16; stripes++) {
            for (int capacity = 0; capacity <= 200; capacity++) {
                for (int held = 0; held <= capacity; held++) {
                    int capacities = 0;
                    int helds = 0;
                    for (int stripe = 0; stripe < stripes; stripe++) {
                        int c = Quotas.share(capacity, stripes, stripe);
                        int h = Quotas.share(held, stripes, stripe);
                        assertThat(h).isLessThanOrEqualTo(c);
                        capacities += c;
                        helds += h;
                    }
                    assertThat(capacities).isEqualTo(capacity);
                    assertThat(helds).isEqualTo(held);
                }
            }
        }
    }
}
