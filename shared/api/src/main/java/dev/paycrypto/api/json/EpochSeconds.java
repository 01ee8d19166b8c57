package dev.paycrypto.api.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a timestamp member: written and read as both protocols carry timestamps by default, epoch seconds with
 * the milliseconds as a fraction ({@code 1795345200.000}); see {@link Timestamps}. Carried by the records
 * themselves, so that they bind the same with any {@code ObjectMapper}.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = Timestamps.Writer.class)
@JsonDeserialize(using = Timestamps.Reader.class)
public @interface EpochSeconds {
}
