package io.github.macmanuf.web;

import io.github.macmanuf.refresh.RegistryRefresher;
import io.github.macmanuf.store.ImportAttempt;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator actions: {@code POST /chilcano/api/admin/refresh} checks the source now and answers the outcome (200
 * imported or unchanged, 502 problem when the source failed). Needs the bearer token like every write.
 */
@RestController
@RequestMapping(path = "/chilcano/api/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminController {

	private final RegistryRefresher refresher;

	AdminController(RegistryRefresher refresher) {
		this.refresher = refresher;
	}

	@PostMapping("/refresh")
	RefreshResponse refresh(@RequestParam(defaultValue = "false") boolean force) {
		ImportAttempt attempt = this.refresher.refresh("manual", force);
		if (attempt.failed()) {
			throw new RefreshFailedException(RefreshResponse.of(attempt));
		}
		return RefreshResponse.of(attempt);
	}

}
