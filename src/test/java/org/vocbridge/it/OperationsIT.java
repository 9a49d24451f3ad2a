package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a load balancer and an operator rely on: the probes, request ids end to end, no metrics unless asked for. */
class OperationsIT extends IntegrationTest {

    @Test
    void theProbesAnswerTheRequestIdComesBackAndNoMetricsAreServedByDefault() {
        assertThat(api().get("/readyz").status()).isEqualTo(200);
        assertThat(api().get("/livez").status()).isEqualTo(200);
        assertThat(api().get("/actuator/health/readiness").status()).isEqualTo(200);
        Api.Response page = api().header("X-Request-Id", "lb-0001.retry").get("/organizations");
        assertThat(page.header("X-Request-Id")).isEqualTo("lb-0001.retry");
        assertThat(api().get("/api/v1/organizations").header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(api().get("/actuator/prometheus").status())
                .as("metrics only with the profile metrics, on their own port")
                .isEqualTo(404);
    }
}
