package io.kiosque.http.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * Named examples live in {@code #/components/examples} and are referenced where they are used: OpenAPI Generator looks
 * a media type's named examples up by reference, and an example written in place makes it warn "Failed to get the
 * schema name" for every operation.
 */
final class ExampleConventions {

    private ExampleConventions() {
    }

    /** Moves the named examples of this content to the components, as {@code <prefix>.<name>}. */
    static void hoist(Components components, Content content, String prefix) {
        if (content == null) {
            return;
        }
        for (MediaType mediaType : content.getMediaTypes().values()) {
            if (mediaType.getExamples() == null) {
                continue;
            }
            for (Map.Entry<String, Example> entry : Map.copyOf(mediaType.getExamples()).entrySet()) {
                if (entry.getValue().getRef() != null) {
                    continue;
                }
                String name = prefix + "." + entry.getKey();
                components.addExample(name, entry.getValue());
                mediaType.addExample(entry.getKey(), OASFactory.createExample().ref("#/components/examples/" + name));
            }
        }
    }
}
