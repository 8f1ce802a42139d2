package org.opendoor.frontend.layout;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every page: UTF-8 said in the header, and never stored. Pages may hold a person's answers about a child (or the
 * reference of their report), and the back button after leaving, or a shared computer, must not show them.
 */
public class PageHeaders {
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @ServerResponseFilter
    public void page(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
            if (!type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
                response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, HTML);
            }
        }
    }
}
