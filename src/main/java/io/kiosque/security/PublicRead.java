package io.kiosque.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation anonymous readers may call. Every other operation needs a token (deny by default); a token sent to
 * a public operation is still checked, and widens what the caller sees.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicRead {
}
