package io.kiosque.suggestion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.kiosque.search.FrenchText;

/**
 * Finds the known tags a text mentions, by name or alias, without one search per tag.
 *
 * <p>
 * Names are tokenised by {@link FrenchText} and stored in a trie of tokens, built once. A text is tokenised once, the
 * same way; from each token that starts a word, the trie is walked as far as the following tokens allow, so the work is
 * at most (tokens of the text) × (tokens of the longest name), whatever the number of tags.
 *
 * <p>
 * Where candidate mentions overlap, the one with more tokens wins ("Corée du Nord" over "Corée", "agence d'État KCNA"
 * over "KCNA"), then the one that starts first. A span that is the name of several tags (homonyms) mentions each of
 * them. Excluded tags are dropped only after overlaps are resolved, so a tag already on the article still keeps a
 * shorter name inside its own from being suggested.
 *
 * <p>
 * Immutable, and safe to share between threads.
 */
public final class EntityIndex {

    /** Counts the work of a search, for tests that bound it. */
    interface StepCounter {
        StepCounter NONE = () -> {
        };

        void step();
    }

    private static final Comparator<TagMentions> BY_MENTIONS_THEN_NAME = Comparator
            .comparingInt(TagMentions::mentionCount).reversed()
            .thenComparing(mentions -> FrenchText.fold(mentions.name())).thenComparing(TagMentions::name)
            .thenComparing(TagMentions::tagId);

    private final List<TagNames> tags;
    private final Node root;
    private final int longestName;

    private EntityIndex(List<TagNames> tags, Node root, int longestName) {
        this.tags = tags;
        this.root = root;
        this.longestName = longestName;
    }

    /** Indexes the names and aliases of the given tags; names with no letter or digit are ignored. */
    public static EntityIndex of(Collection<TagNames> tags) {
        List<TagNames> indexed = List.copyOf(tags);
        Set<UUID> ids = new HashSet<>();
        Node root = new Node();
        int longestName = 0;
        for (int tag = 0; tag < indexed.size(); tag++) {
            TagNames names = indexed.get(tag);
            if (!ids.add(names.tagId())) {
                throw new IllegalArgumentException("Tag " + names.tagId() + " is listed twice");
            }
            List<String> all = new ArrayList<>(names.aliases().size() + 1);
            all.add(names.name());
            all.addAll(names.aliases());
            for (String name : all) {
                List<FrenchText.Token> tokens = FrenchText.tokenize(name);
                if (tokens.isEmpty()) {
                    continue;
                }
                Node node = root;
                for (FrenchText.Token token : tokens) {
                    node = node.addChild(token.text());
                }
                node.addTag(tag);
                longestName = Math.max(longestName, tokens.size());
            }
        }
        return new EntityIndex(indexed, root, longestName);
    }

    /** The number of tags indexed. */
    public int size() {
        return tags.size();
    }

    /** The number of tokens of the longest name or alias: how far the trie is walked from one token at most. */
    int longestName() {
        return longestName;
    }

    /**
     * The tags the text mentions, except the excluded ones, most mentioned first, then by name.
     *
     * @param excluded
     *            ids of tags not to report, typically those already on the article; null for none
     */
    public List<TagMentions> find(String text, Set<UUID> excluded) {
        return find(text, excluded, StepCounter.NONE);
    }

    List<TagMentions> find(String text, Set<UUID> excluded, StepCounter steps) {
        Objects.requireNonNull(text, "text");
        List<FrenchText.Token> tokens = FrenchText.tokenize(text);
        List<Candidate> winners = longestWithoutOverlap(candidates(tokens, steps), tokens.size());

        Map<Integer, List<MentionOffset>> mentionsByTag = new LinkedHashMap<>();
        for (Candidate winner : winners) {
            int start = tokens.get(winner.first()).start();
            int end = tokens.get(winner.last()).end();
            MentionOffset mention = new MentionOffset(start, end, text.substring(start, end));
            for (int tag : winner.node().tags) {
                if (excluded == null || !excluded.contains(tags.get(tag).tagId())) {
                    mentionsByTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(mention);
                }
            }
        }
        List<TagMentions> found = new ArrayList<>(mentionsByTag.size());
        mentionsByTag.forEach((tag, mentions) -> found
                .add(new TagMentions(tags.get(tag).tagId(), tags.get(tag).name(), mentions)));
        found.sort(BY_MENTIONS_THEN_NAME);
        return found;
    }

    /** Every name found from every token that starts a word: at most {@link #longestName} steps from each. */
    private List<Candidate> candidates(List<FrenchText.Token> tokens, StepCounter steps) {
        List<Candidate> candidates = new ArrayList<>();
        for (int first = 0; first < tokens.size(); first++) {
            if (!tokens.get(first).wordStart()) {
                continue;
            }
            Node node = root;
            for (int last = first; last < tokens.size(); last++) {
                FrenchText.Token token = tokens.get(last);
                if (last > first && token.lineStart()) {
                    break;
                }
                steps.step();
                node = node.child(token.text());
                if (node == null) {
                    break;
                }
                if (node.tags.length > 0) {
                    candidates.add(new Candidate(first, last, node));
                }
            }
        }
        return candidates;
    }

    /** Longest first, then leftmost; a candidate that overlaps one already taken is dropped. In text order. */
    private static List<Candidate> longestWithoutOverlap(List<Candidate> candidates, int tokenCount) {
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::first));
        boolean[] taken = new boolean[tokenCount];
        List<Candidate> winners = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (isFree(taken, candidate)) {
                for (int i = candidate.first(); i <= candidate.last(); i++) {
                    taken[i] = true;
                }
                winners.add(candidate);
            }
        }
        winners.sort(Comparator.comparingInt(Candidate::first));
        return winners;
    }

    private static boolean isFree(boolean[] taken, Candidate candidate) {
        for (int i = candidate.first(); i <= candidate.last(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** A name found on tokens {@code first} to {@code last}, both included. */
    private record Candidate(int first, int last, Node node) {
        int length() {
            return last - first + 1;
        }
    }

    /**
     * A trie node: the next tokens of the names through it, and the tags (indices) whose name ends here. Changed only
     * while {@link #of} builds the index, published through its final {@code root} field.
     */
    private static final class Node {
        private static final int[] NO_TAGS = {};
        private Map<String, Node> children = Map.of();
        private int[] tags = NO_TAGS;

        Node child(String token) {
            return children.get(token);
        }

        Node addChild(String token) {
            if (children.isEmpty()) {
                children = new HashMap<>(4);
            }
            return children.computeIfAbsent(token, t -> new Node());
        }

        /** Once: a tag whose name and alias fold alike ("Kim Jong-un", "Kim Jong Un") is one tag here. */
        void addTag(int tag) {
            for (int present : tags) {
                if (present == tag) {
                    return;
                }
            }
            tags = Arrays.copyOf(tags, tags.length + 1);
            tags[tags.length - 1] = tag;
        }
    }
}
