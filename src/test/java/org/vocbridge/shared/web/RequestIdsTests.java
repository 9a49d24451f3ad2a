package org.vocbridge.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdsTests {

    private final RequestIds filter = new RequestIds();

    /** Serves a request with the header given (or none) and returns the id the log lines saw and the one answered. */
    private List<String> serve(String sent) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/organizations");
        if (sent != null) {
            request.addHeader(RequestIds.HEADER, sent);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        List<String> seen = new ArrayList<>();
        filter.doFilter(request, response, (req, res) -> seen.add(MDC.get(RequestIds.KEY)));
        seen.add(response.getHeader(RequestIds.HEADER));
        assertThat(MDC.get(RequestIds.KEY))
                .as("nothing left for the thread's next request")
                .isNull();
        return seen;
    }

    @Test
    void theLoadBalancersIdIsKeptAndLoggedAndAnsweredWhileAnyOtherRequestGetsItsOwn() throws Exception {
        assertThat(serve("5f2a:80_10.0.0.7:443_1733600000"))
                .containsExactly("5f2a:80_10.0.0.7:443_1733600000", "5f2a:80_10.0.0.7:443_1733600000");
        List<String> own = serve(null);
        assertThat(own.get(0)).matches("[0-9a-f-]{36}").isEqualTo(own.get(1));
        assertThat(serve(null).get(0)).isNotEqualTo(own.get(0));
        List<String> forged = serve("abc\n2026-12-08 INFO admin signed in");
        assertThat(forged.get(0))
                .as("a header that is not a plain token is not logged")
                .matches("[0-9a-f-]{36}");
    }
}
