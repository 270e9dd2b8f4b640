package org.pactwatch.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VersionedCacheTest {

    @Test
    void computesOncePerKeyAndVersionAndForgetsOlderVersions() {
        VersionedCache cache = new VersionedCache(2);
        AtomicInteger computed = new AtomicInteger();

        assertThat(cache.<String>get(1, "a", () -> "a" + computed.incrementAndGet()))
                .isEqualTo("a1");
        assertThat(cache.<String>get(1, "a", () -> "a" + computed.incrementAndGet()))
                .isEqualTo("a1");
        assertThat(cache.<String>get(2, "a", () -> "a" + computed.incrementAndGet()))
                .as("a new data version computes again")
                .isEqualTo("a2");
        assertThat(cache.<String>get(1, "a", () -> "old" + computed.incrementAndGet()))
                .as("a reader still on an older version gets its own answer, which is not kept")
                .isEqualTo("old3");
        assertThat(cache.<String>get(2, "a", () -> "a" + computed.incrementAndGet()))
                .isEqualTo("a2");
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondCapacity() {
        VersionedCache cache = new VersionedCache(2);
        AtomicInteger computed = new AtomicInteger();
        cache.get(1, "a", computed::incrementAndGet);
        cache.get(1, "b", computed::incrementAndGet);
        cache.get(1, "a", computed::incrementAndGet);
        cache.get(1, "c", computed::incrementAndGet);

        assertThat(computed).hasValue(3);
        cache.get(1, "a", computed::incrementAndGet);
        assertThat(computed).as("a was used last, so b went").hasValue(3);
        cache.get(1, "b", computed::incrementAndGet);
        assertThat(computed).hasValue(4);
    }
}
