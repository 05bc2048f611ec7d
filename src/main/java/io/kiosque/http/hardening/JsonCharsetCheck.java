package io.kiosque.http.hardening;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JSON bodies are UTF-8 (RFC 8259, section 8.1), and the parser reads them so, detecting UTF-16 and UTF-32 from the
 * bytes: a declared charset changes nothing, and bytes that are not UTF-8 are refused by the parser (400). A charset
 * that does not even exist is refused here (415), by the check plain-text bodies go through. Many clients declare
 * ISO-8859-1 by default for ASCII bodies, so known charsets are let through. After authentication, so that an anonymous
 * caller learns nothing before its 401.
 */
public class JsonCharsetCheck {

    @ServerRequestFilter(priority = Priorities.USER)
    public void refuseUnknownCharsets(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            StrictTextBodyReader.charsetOf(type);
        }
    }
}
