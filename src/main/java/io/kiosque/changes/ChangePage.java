package io.kiosque.changes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.kiosque.http.Cacheable;

/**
 * One page of the change feed. Unlike other lists, {@code nextCursor} is never null: at the end of the feed it is the
 * position to poll from later.
 */
@Schema(name = "ChangePage")
public record ChangePage(
        @Schema(required = true) List<ChangeView> items,
        @Schema(required = true,
                description = "Where to continue: pass it as `cursor` to get the next changes. Present even at the end "
                        + "of the feed, so that a client can store it and poll later.") String nextCursor,
        @Schema(required = true,
                description = "True when more changes are already available after this page; false when the client has "
                        + "caught up and should poll again later.") boolean hasMore)
        implements
            Cacheable {

    @Override
    @JsonIgnore
    public Instant lastModified() {
        return items.stream().map(ChangeView::occurredAt).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
    }

    /** Only the collection key ({@code changes}), added by the caching filter: a feed page shows no resource. */
    @Override
    @JsonIgnore
    public List<String> cacheKeys() {
        return List.of();
    }
}
