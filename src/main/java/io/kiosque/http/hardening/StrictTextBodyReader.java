package io.kiosque.http.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import io.kiosque.http.ProblemError;
import io.kiosque.http.ProblemException;
import io.kiosque.http.StorableInput;

/**
 * Plain-text bodies (wire copy) are decoded strictly: bytes that are not valid in the declared charset (UTF-8 by
 * default) are a 400, not text silently patched with U+FFFD, and so is text PostgreSQL cannot store.
 */
@Provider
@Consumes(MediaType.TEXT_PLAIN)
public class StrictTextBodyReader implements MessageBodyReader<String> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public String readFrom(Class<String> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        Charset charset = charsetOf(mediaType);
        String text;
        try {
            text = StorableInput.decodeStrictly(entityStream.readAllBytes(), charset);
        } catch (CharacterCodingException e) {
            throw invalid("The body is not valid " + charset.name() + " text.");
        }
        StorableInput.textProblem(text).ifPresent(problem -> {
            throw invalid("The body " + problem + ".");
        });
        return text;
    }

    /** The charset a body declares, UTF-8 when it names none; a charset that does not exist is a 415. */
    static Charset charsetOf(MediaType mediaType) {
        String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type",
                    "Unknown charset '" + name + "'; send UTF-8.", null);
        }
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(400, "malformed-body", "Malformed request body", detail,
                List.of(ProblemError.atPointer("", detail)));
    }
}
