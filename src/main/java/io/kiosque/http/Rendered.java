package io.kiosque.http;

/** A representation already rendered to the bytes it is sent as (an XML feed, say): sent as they are. */
public interface Rendered {

    byte[] bytes();
}
