package org.opendoor.notify.delivery;

import org.opendoor.notify.directory.Channel;

/** One way of reaching a recipient. */
public interface DeliveryChannel {
    Channel channel();

    void send(OutgoingMessage message) throws DeliveryException;
}
