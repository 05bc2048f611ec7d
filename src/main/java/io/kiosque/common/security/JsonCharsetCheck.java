package io.kiosque.common.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.kiosque.common.ProblemException;

/**
 * JSON bodies are UTF-8 (RFC 8259, section 8.1). The parser reads the bytes as UTF-8 whatever the Content-Type says, so
 * a body declared in another charset would be read as something its sender did not mean: it is refused instead (415),
 * as plain-text bodies in an unknown charset are.
 */
public class JsonCharsetCheck {

    @ServerRequestFilter(preMatching = true)
    public void requireUtf8(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type",
                    "JSON bodies are UTF-8; this one declares charset '" + charset + "'. Send it as UTF-8, with "
                            + "charset=utf-8 or no charset.",
                    null);
        }
    }
}
