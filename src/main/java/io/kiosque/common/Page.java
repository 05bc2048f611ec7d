package io.kiosque.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a keyset-paginated list. */
public record Page<T>(@Schema(required = true) List<T> items,
        @Schema(description = "Opaque cursor for the next page; null on the last page.", nullable = true) String nextCursor) {
}
