package io.github.macmanuf.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.macmanuf.refresh.RefreshProperties;
import io.github.macmanuf.refresh.RefreshStatus;
import io.github.macmanuf.refresh.SourceProperties;
import io.github.macmanuf.store.ImportAttempt;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** Adds {@code data} (the served {@code DataVersion}) and {@code refresh} (schedule, last check) to /actuator/info. */
@Component
class DataInfoContributor implements InfoContributor {

	private final RefreshStatus status;

	private final RefreshProperties refresh;

	private final SourceProperties source;

	DataInfoContributor(RefreshStatus status, RefreshProperties refresh, SourceProperties source) {
		this.status = status;
		this.refresh = refresh;
		this.source = source;
	}

	@Override
	public void contribute(Info.Builder builder) {
		builder.withDetail("data", this.status.dataVersion());
		Map<String, Object> refresh = new LinkedHashMap<>();
		refresh.put("enabled", this.refresh.enabled());
		refresh.put("interval", this.refresh.scheduled() ? this.refresh.interval().toString() : null);
		refresh.put("next_check", this.status.nextCheckAt());
		refresh.put("consecutive_failures", this.status.consecutiveFailures());
		ImportAttempt last = this.status.lastCheck();
		if (last != null) {
			Map<String, Object> check = new LinkedHashMap<>();
			check.put("at", last.at());
			check.put("trigger", last.trigger());
			check.put("outcome", last.outcome());
			check.put("http_status", last.httpStatus());
			check.put("error", last.error());
			refresh.put("last_check", check);
		}
		refresh.put("manuf_url", this.source.manufDisplay());
		refresh.put("wka_url", this.source.wkaDisplay());
		builder.withDetail("refresh", refresh);
	}

}
