package io.kiosque.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The events a webhook may subscribe to: {@code <resource type>.<action>}, as {@code ContentChanged} names them. */
final class WebhookEvents {

    static final List<String> ARTICLE_ACTIONS = List.of("created", "updated", "scheduled", "published",
            "unpublished", "archived", "restored", "deleted");
    static final List<String> OTHER_ACTIONS = List.of("created", "updated", "deleted");
    static final List<String> ALL = all();
    static final Set<String> KNOWN = Set.copyOf(ALL);

    private WebhookEvents() {
    }

    static String of(String resourceType, String action) {
        return resourceType + "." + action;
    }

    private static List<String> all() {
        List<String> events = new ArrayList<>();
        ARTICLE_ACTIONS.forEach(action -> events.add(of("article", action)));
        for (String type : List.of("section", "author", "tag")) {
            OTHER_ACTIONS.forEach(action -> events.add(of(type, action)));
        }
        return List.copyOf(events);
    }
}
