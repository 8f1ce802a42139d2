package org.opendoor.frontend.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Values kept in this process's memory under random keys, forgotten after an idle time and bounded in number: when
 * full, expired values are swept and then the least recently used one gives way. Nothing is written to disk, so a
 * restart forgets everything, and a second instance does not see the first one's values.
 */
public final class ExpiringStore<T> {
    private record Entry<T>(T value, Instant lastUsed) {
    }

    private final int capacity;
    private final Duration idleTimeout;
    private final Clock clock;
    // access order: iteration runs from the least to the most recently used entry
    private final LinkedHashMap<String, Entry<T>> entries = new LinkedHashMap<>(64, 0.75f, true);

    public ExpiringStore(int capacity, Duration idleTimeout, Clock clock) {
        if (capacity < 1 || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("Invalid store bounds: " + capacity + " values, idle " + idleTimeout);
        }
        this.capacity = capacity;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    /** The value under {@code key}, unless it was never there, has expired or was pushed out; each read renews it. */
    public synchronized Optional<T> get(String key) {
        Entry<T> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(entry, now)) {
            entries.remove(key);
            return Optional.empty();
        }
        entries.put(key, new Entry<>(entry.value(), now));
        return Optional.of(entry.value());
    }

    public synchronized void put(String key, T value) {
        Instant now = clock.instant();
        if (!entries.containsKey(key) && entries.size() >= capacity) {
            sweep(now);
            if (entries.size() >= capacity) {
                Iterator<String> leastRecentlyUsed = entries.keySet().iterator();
                leastRecentlyUsed.next();
                leastRecentlyUsed.remove();
            }
        }
        entries.put(key, new Entry<>(value, now));
    }

    public synchronized void remove(String key) {
        entries.remove(key);
    }

    public synchronized int size() {
        return entries.size();
    }

    private void sweep(Instant now) {
        Iterator<Map.Entry<String, Entry<T>>> oldestFirst = entries.entrySet().iterator();
        while (oldestFirst.hasNext() && expired(oldestFirst.next().getValue(), now)) {
            oldestFirst.remove();
        }
    }

    private boolean expired(Entry<T> entry, Instant now) {
        return !now.isBefore(entry.lastUsed().plus(idleTimeout));
    }
}
