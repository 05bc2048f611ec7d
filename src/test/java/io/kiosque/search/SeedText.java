package io.kiosque.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.kiosque.article.Block;
import io.kiosque.imports.WireCopy;
import io.kiosque.imports.WireCopyParser;

/** The text an editor would send for the seed article: headline, standfirst and body blocks, a blank line apart. */
final class SeedText {

    private SeedText() {
    }

    static String of(String headline, String standfirst, List<? extends Block> body) {
        List<String> parts = new ArrayList<>();
        parts.add(headline);
        parts.add(standfirst);
        body.forEach(block -> parts.add(block.readableText()));
        return String.join("\n\n", parts);
    }

    static String fromDemoResource() {
        try (InputStream in = SeedText.class.getClassLoader().getResourceAsStream("demo/seed-article-fr.txt")) {
            WireCopy copy = WireCopyParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return of(copy.headline(), copy.standfirst(), copy.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
