package io.kiosque.suggestion;

import java.util.ArrayList;
import java.util.List;

import io.kiosque.article.Block;
import io.kiosque.dev.DemoContent;
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
        WireCopy copy = WireCopyParser.parse(DemoContent.seedText());
        return of(copy.headline(), copy.standfirst(), copy.body());
    }
}
