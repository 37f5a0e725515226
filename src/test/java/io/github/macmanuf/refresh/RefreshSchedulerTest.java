package io.github.macmanuf.refresh;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When the next check runs. */
class RefreshSchedulerTest {

	@Test
	void nextDelayWhenChecksFailShouldBackOffUpToTheIntervalAndResetAfterSuccess() {
		RefreshScheduler scheduler = scheduler(Duration.ofHours(24));
		assertThat(scheduler.nextDelay(true)).isEqualTo(Duration.ofMinutes(15));
		assertThat(scheduler.nextDelay(true)).isEqualTo(Duration.ofMinutes(30));
		assertThat(scheduler.nextDelay(true)).isEqualTo(Duration.ofMinutes(60));
		for (int i = 0; i < 10; i++) {
			scheduler.nextDelay(true);
		}
		assertThat(scheduler.nextDelay(true)).isEqualTo(Duration.ofHours(24));
		assertThat(scheduler.nextDelay(false)).isEqualTo(Duration.ofHours(24));
		assertThat(scheduler.nextDelay(true)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void nextDelayWhenIntervalIsZeroShouldScheduleNothing() {
		RefreshScheduler scheduler = scheduler(Duration.ZERO);
		assertThat(scheduler.nextDelay(false)).isNull();
		assertThat(scheduler.nextDelay(true)).isNull();
	}

	private static RefreshScheduler scheduler(Duration interval) {
		var properties = new RefreshProperties(true, Duration.ZERO, interval, Duration.ofMinutes(15), 0.9,
				Duration.ofDays(30));
		return new RefreshScheduler(null, properties, new RefreshStatus(), Clock.systemUTC());
	}

}
