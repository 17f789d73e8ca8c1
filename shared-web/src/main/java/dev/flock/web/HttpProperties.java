package dev.flock.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code flock.http.*}.
 *
 * @param maxBodySize the largest request body taken; a larger one is answered 413 ({@link RequestBodyLimit})
 */
@ConfigurationProperties("flock.http")
public record HttpProperties(@DefaultValue("16KB") DataSize maxBodySize) {
}
