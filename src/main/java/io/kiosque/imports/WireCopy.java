package io.kiosque.imports;

import java.util.List;

import io.kiosque.article.Block;

/** An article as read from plain-text wire copy, before it is matched against authors and tags. */
public record WireCopy(String headline, String standfirst, String imageCaption, List<Block> body, String byline,
        String bio) {
}
