package org.vocbridge.ventures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VentureIdentityTests {

    @Test
    void aWebsiteIsItsHostWithoutWwwWhateverTheSpelling() {
        assertThat(VentureIdentity.hostOf("https://www.Yadea.com.cn/en/about?x=1"))
                .isEqualTo("yadea.com.cn");
        assertThat(VentureIdentity.hostOf("yadea.com.cn")).isEqualTo("yadea.com.cn");
        assertThat(VentureIdentity.hostOf("http://user@yadea.com.cn:8080/")).isEqualTo("yadea.com.cn");
    }

    @Test
    void anInternationalizedDomainNameIsOneHostInUnicodeAndInPunycode() {
        assertThat(VentureIdentity.hostOf("https://www.Пример.РФ/о-нас")).isEqualTo("xn--e1afmkfd.xn--p1ai");
        assertThat(VentureIdentity.hostOf("xn--e1afmkfd.xn--p1ai")).isEqualTo("xn--e1afmkfd.xn--p1ai");
        assertThat(VentureIdentity.hostOf("例子.中国"))
                .isEqualTo(VentureIdentity.hostOf("https://xn--fsqu00a.xn--fiqs8s/"));
    }

    @Test
    void whatIsNoHostIsNone() {
        assertThat(VentureIdentity.hostOf("javascript:alert(1)")).isNull();
        assertThat(VentureIdentity.hostOf("localhost")).isNull();
        assertThat(VentureIdentity.hostOf("https://bad_host.example")).isNull();
        assertThat(VentureIdentity.hostOf("  ")).isNull();
    }
}
