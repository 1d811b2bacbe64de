package org.mapbot.install;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The installations this instance found lately, tokens decrypted, for a short while: every Slack request and every
 * Web API call of a workspace asks which installation serves it, and a click would otherwise read and decrypt the same
 * row several times. Any write on this instance (install, rotation, re-encryption, uninstall) forgets them all at once,
 * so a revoked token is never used here after the uninstall; another instance sees a rotation or an uninstall at the
 * latest after {@link #TTL} (a rotated-away token stays valid at Slack until it expires, minutes later). Only found
 * installations are kept: a workspace that installs is served at once.
 */
public final class InstallationCache {
    public static final Duration TTL = Duration.ofSeconds(30);

    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong writes = new AtomicLong();

    private record Entry(StoredInstallation installation, Instant at) {
    }

    public InstallationCache(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /**
     * No caching: every look-up reads the database (tools, and repositories a test makes). With no time to live the
     * clock is never asked, so a fixed one stands in for it.
     */
    public static InstallationCache none() {
        return new InstallationCache(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Duration.ZERO);
    }

    Optional<StoredInstallation> find(String enterpriseId, String teamId, Supplier<Optional<StoredInstallation>> load) {
        if (ttl.isZero()) {
            return load.get();
        }
        String key = StoredInstallation.key(enterpriseId, teamId);
        Instant now = clock.instant();
        Entry hit = entries.get(key);
        if (hit != null && !now.isBefore(hit.at()) && now.isBefore(hit.at().plus(ttl))) {
            return Optional.of(hit.installation());
        }
        long before = writes.get();
        Optional<StoredInstallation> loaded = load.get();
        loaded.ifPresent(found -> {
            entries.put(key, new Entry(found, now));
            if (writes.get() != before) {
                entries.remove(key); // written meanwhile: what was read may be the old row
            }
        });
        return loaded;
    }

    /** Something was written on this instance: nothing read before it is served again. */
    void forgetAll() {
        writes.incrementAndGet();
        entries.clear();
    }
}
