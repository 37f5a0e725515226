package io.github.macmanuf.web;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bulk lookup settings, under {@code manuf.bulk.*}.
 *
 * @param maxItems most addresses one bulk request may hold ({@code MANUF_BULK_MAX_ITEMS}); more answer 413
 * @param maxConcurrent most bulk requests served at once ({@code MANUF_BULK_MAX_CONCURRENT}); more answer 503 at
 * once, so that clients sending their bodies slowly cannot hold every request thread
 * @param maxBodyTime how long a whole body may take to arrive ({@code MANUF_BULK_MAX_BODY_TIME}); longer answers
 * 408. The default takes the largest allowed body at about 100 KB/s
 */
@Validated
@ConfigurationProperties("manuf.bulk")
public record BulkProperties(@DefaultValue("100000") @Positive int maxItems,
		@DefaultValue("4") @Positive int maxConcurrent, @DefaultValue("60s") Duration maxBodyTime) {
}
