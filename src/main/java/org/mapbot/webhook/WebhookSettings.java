package org.mapbot.webhook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mapbot.app.ConfigException;

/**
 * What webhooks need from the environment.
 *
 * @param trustedHosts   MAP_WEBHOOK_TRUSTED_HOSTS: host names (comma separated) that webhooks may reach over plain
 *                       http and on private or loopback addresses, e.g. a receiver on the same private network. Empty
 *                       in production: then only https to public addresses is allowed.
 */
public record WebhookSettings(Set<String> trustedHosts) {
    public static final String TRUSTED_HOSTS = "MAP_WEBHOOK_TRUSTED_HOSTS";

    public static WebhookSettings fromEnv(Map<String, String> env) {
        String raw = Optional.ofNullable(env.get(TRUSTED_HOSTS)).orElse("").trim();
        Set<String> hosts = Arrays.stream(raw.split(",")).map(String::trim).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        hosts.stream().filter(h -> !h.matches("[a-z0-9.:\\[\\]-]{1,253}")).findFirst().ifPresent(h -> {
            throw new ConfigException(TRUSTED_HOSTS + " must be host names separated by commas, such as "
                    + "crm-relay.internal,localhost (got '" + h + "')");
        });
        return new WebhookSettings(hosts);
    }

    @Override
    public String toString() {
        return "WebhookSettings[trustedHosts=" + trustedHosts + "]";
    }
}
