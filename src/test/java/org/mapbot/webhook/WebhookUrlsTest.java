package org.mapbot.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mapbot.plan.domain.PlanException;

/** The addresses a webhook may not reach from inside MAP Bot's network, and the exemption for trusted hosts. */
class WebhookUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
            "::1", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "224.0.0.1"})
    void private_loopback_and_link_local_addresses_are_refused(String address) throws Exception {
        assertThat(WebhookUrls.isPrivate(InetAddress.getByName(address))).isTrue();
        assertThatThrownBy(() -> new WebhookUrls(Set.of()).parse("https://" + (address.contains(":") ? "[" + address + "]" : address) + "/x"))
                .isInstanceOf(PlanException.class).hasMessageContaining("private or local address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "100.128.0.1"})
    void public_addresses_are_allowed(String address) throws Exception {
        assertThat(WebhookUrls.isPrivate(InetAddress.getByName(address))).isFalse();
    }

    @Test
    void a_trusted_host_may_use_plain_http_and_a_loopback_address_but_no_other_host_may() {
        WebhookUrls urls = new WebhookUrls(Set.of("localhost"));

        assertThat(urls.parse("http://localhost:8080/hook")).isEqualTo(URI.create("http://localhost:8080/hook"));
        assertThat(urls.parse("<https://8.8.8.8/hook|8.8.8.8/hook>")).isEqualTo(URI.create("https://8.8.8.8/hook"));
        assertThatThrownBy(() -> urls.parse("http://8.8.8.8/hook")).hasMessageContaining("https URLs only");
        assertThatThrownBy(() -> urls.parse("https://127.0.0.1/hook")).hasMessageContaining("private or local");
    }
}
