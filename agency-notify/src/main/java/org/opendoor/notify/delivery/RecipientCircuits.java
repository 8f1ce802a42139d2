package org.opendoor.notify.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.opendoor.notify.directory.Channel;

/**
 * One circuit breaker (SmallRye Fault Tolerance) per webhook and GOV.UK Notify recipient of the directory, so a
 * recipient that keeps failing is left alone for a while instead of costing every delivery to it a full wait. Only
 * failures that would be retried (unreachable, timed out, 408/429/5xx) count; a refusal is an answer. Breakers are
 * named by the directory's kind and key (a school's URN, an authority's code), never by address, in logs and metrics:
 * {@code opendoor_notify_circuit_transitions_total{channel,state}} and {@code opendoor_notify_circuits_open{channel}}.
 */
@ApplicationScoped
public class RecipientCircuits {
    private static final Logger LOG = Logger.getLogger(RecipientCircuits.class);

    /** The recipient's breaker is open: the delivery was not attempted. */
    public static final class Open extends Exception {
        Open() {
            super("not tried: the recipient's circuit is open", null, false, false);
        }
    }

    /** What a guarded send does. */
    @FunctionalInterface
    public interface Send {
        void run() throws DeliveryException;
    }

    private final DeliveryConfig.Circuit config;
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();
    private final Map<String, CircuitBreakerState> states = new ConcurrentHashMap<>();
    private final Map<Channel, Map<CircuitBreakerState, Counter>> transitions = new EnumMap<>(Channel.class);

    public RecipientCircuits(DeliveryConfig config, MeterRegistry registry) {
        this.config = config.circuit();
        for (Channel channel : new Channel[] {Channel.WEBHOOK, Channel.GOVUK_NOTIFY}) {
            Map<CircuitBreakerState, Counter> byState = new EnumMap<>(CircuitBreakerState.class);
            for (CircuitBreakerState state : CircuitBreakerState.values()) {
                byState.put(state, Counter.builder("opendoor_notify_circuit_transitions_total")
                        .description("Recipient circuit breakers entering a state")
                        .tag("channel", channel.name()).tag("state", tag(state)).register(registry));
            }
            transitions.put(channel, byState);
            Gauge.builder("opendoor_notify_circuits_open", this, c -> c.openCount(channel))
                    .description("Recipients whose circuit breaker is open now").tag("channel", channel.name())
                    .register(registry);
        }
    }

    /** Sends through the recipient's breaker; email, and a recipient outside the directory, have none. */
    public void send(Delivery delivery, Send send) throws DeliveryException, Open {
        if (!transitions.containsKey(delivery.channel()) || delivery.recipientKind() == null) {
            send.run();
            return;
        }
        String name = delivery.channel() + " recipient " + delivery.recipientKind() + "/" + delivery.recipientKey();
        Guard guard = guards.computeIfAbsent(name, n -> guard(delivery.channel(), n));
        try {
            guard.call(() -> {
                send.run();
                return null;
            }, Void.class);
        } catch (CircuitBreakerOpenException e) {
            throw new Open();
        } catch (DeliveryException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Guard guard(Channel channel, String name) {
        return Guard.create().withDescription(name).withCircuitBreaker()
                .requestVolumeThreshold(config.window()).failureRatio(config.failureRatio())
                .delay(config.delay().toMillis(), ChronoUnit.MILLIS).successThreshold(1)
                .when(failure -> !(failure instanceof DeliveryException d && d.permanent()))
                .onStateChange(state -> changed(channel, name, state)).done().build();
    }

    private void changed(Channel channel, String name, CircuitBreakerState state) {
        states.put(name, state);
        transitions.get(channel).get(state).increment();
        LOG.warnf("Circuit for %s is now %s", name, state);
    }

    private int openCount(Channel channel) {
        String prefix = channel + " ";
        return (int) states.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && e.getValue() == CircuitBreakerState.OPEN).count();
    }

    private static String tag(CircuitBreakerState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
