package io.github.macmanuf.store;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Remembers, per downloaded file, the validators of the copy kept in the data folder. */
@Service
public class SourceStateStore {

	private final SourceStateRepository states;

	private final Clock clock;

	SourceStateStore(SourceStateRepository states, Clock clock) {
		this.states = states;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<SourceValidators> validators(String name) {
		return this.states.findById(name).map(SourceState::toValidators);
	}

	@Transactional
	public void save(String name, SourceValidators validators) {
		this.states.save(new SourceState(name, validators, this.clock.instant()));
	}

}
