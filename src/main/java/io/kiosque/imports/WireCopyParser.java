package io.kiosque.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.kiosque.article.Block;
import io.kiosque.http.ProblemError;
import io.kiosque.http.ProblemException;
import io.kiosque.http.Problems;

/**
 * Reads wire copy laid out like the reference article: the headline on the first line, the standfirst on the next, then
 * the body, where a short line that does not end a sentence is a subheading and anything else a paragraph, and finally
 * the byline (the author's name) and the author's one-line bio as the last two lines. When the body opens with two
 * short lines in a row, the first is the lead image's caption. Blank lines are ignored.
 */
public final class WireCopyParser {

    /** Longer lines are paragraphs even without final punctuation. */
    static final int MAX_HEADING_LENGTH = 160;
    static final int MAX_INPUT_LENGTH = 200_000;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…:;»\"”')]$");

    private WireCopyParser() {
    }

    public static WireCopy parse(String text) {
        if (text == null || text.isBlank()) {
            throw unreadable("The text is empty.", "");
        }
        if (text.length() > MAX_INPUT_LENGTH) {
            throw unreadable("The text is longer than " + MAX_INPUT_LENGTH + " characters.", "");
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                lines.add(trimmed);
            }
        }
        if (lines.size() < 5) {
            throw unreadable(
                    "Expected at least five non-blank lines (headline, standfirst, a paragraph, byline, bio); found "
                            + lines.size() + ".",
                    "/lines");
        }
        String headline = lines.get(0);
        String standfirst = lines.get(1);
        String byline = lines.get(lines.size() - 2);
        String bio = lines.get(lines.size() - 1);
        if (headline.length() > 300) {
            throw unreadable("The first line should be the headline, but it is " + headline.length()
                    + " characters long (300 at most).", "/lines/0");
        }
        if (byline.length() > 200 || SENTENCE_END.matcher(byline).matches()) {
            throw unreadable("The second-to-last line should be the byline (the author's name), but it reads '"
                    + Problems.abbreviate(byline, 60) + "'.", "/lines/" + (lines.size() - 2));
        }

        List<String> bodyLines = lines.subList(2, lines.size() - 2);
        String caption = null;
        int first = 0;
        if (bodyLines.size() >= 2 && isHeading(bodyLines.get(0)) && isHeading(bodyLines.get(1))) {
            caption = bodyLines.get(0);
            first = 1;
        }
        List<Block> body = new ArrayList<>();
        boolean hasParagraph = false;
        for (String line : bodyLines.subList(first, bodyLines.size())) {
            if (isHeading(line)) {
                body.add(new Block.Heading(line));
            } else {
                body.add(new Block.Paragraph(line));
                hasParagraph = true;
            }
        }
        if (!hasParagraph) {
            throw unreadable("No paragraph found between the standfirst and the byline.", "/lines");
        }
        return new WireCopy(headline, standfirst, caption, List.copyOf(body), byline, bio);
    }

    static boolean isHeading(String line) {
        return line.length() <= MAX_HEADING_LENGTH && !SENTENCE_END.matcher(line).matches();
    }

    private static ProblemException unreadable(String detail, String pointer) {
        return new ProblemException(400, "unreadable-wire-copy", "Unreadable wire copy", detail,
                List.of(ProblemError.atPointer(pointer, detail)));
    }
}
