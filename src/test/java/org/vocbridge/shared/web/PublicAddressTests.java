package org.vocbridge.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicAddressTests {

    @Test
    void aConfiguredAddressNamesEveryPathWithoutADoubleSlash() {
        PublicAddress address = new PublicAddress(" https://vocbridge.example.org/tvet/ ");
        assertThat(address.configured()).isEqualTo("https://vocbridge.example.org/tvet");
        assertThat(address.of("/sitemap.xml")).isEqualTo("https://vocbridge.example.org/tvet/sitemap.xml");
    }

    @Test
    void anAddressThatIsNotAWebAddressStopsTheStartWithTheReason() {
        for (String wrong :
                new String[] {"vocbridge.example.org", "ftp://vocbridge.example.org", "https://x.org/?a=1"}) {
            assertThatThrownBy(() -> new PublicAddress(wrong))
                    .as(wrong)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("vocbridge.public-url");
        }
    }

    @Test
    void unsetItIsReadOffEachRequest() {
        assertThat(new PublicAddress("").configured()).isNull();
    }
}
