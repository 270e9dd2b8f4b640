package org.pactwatch.graph.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Results computed from one version of the data (see V50__strategy_read_model.sql), least recently used
 * dropped first. A new version empties the cache. Computing happens outside the lock, so that one slow
 * miss does not hold up hits; two threads missing the same key at once both compute it.
 */
public final class VersionedCache {

    private final int capacity;
    private final Map<Object, Object> entries;
    private long version = Long.MIN_VALUE;

    public VersionedCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > VersionedCache.this.capacity;
            }
        };
    }

    /**
     * The value for {@code key} at {@code dataVersion}, computed on a miss. The caller reads the version
     * before it reads any data, so a value is never older than the version it is kept under.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(long dataVersion, Object key, Supplier<T> compute) {
        synchronized (this) {
            if (dataVersion == version && entries.containsKey(key)) {
                return (T) entries.get(key);
            }
        }
        T value = compute.get();
        synchronized (this) {
            if (dataVersion > version) {
                entries.clear();
                version = dataVersion;
            }
            if (dataVersion == version) {
                entries.put(key, value);
            }
        }
        return value;
    }
}
