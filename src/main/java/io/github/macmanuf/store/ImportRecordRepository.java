package io.github.macmanuf.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** Import history. */
interface ImportRecordRepository extends JpaRepository<ImportRecord, Long> {

	Optional<ImportRecord> findFirstByOutcomeOrderByIdDesc(String outcome);

	Optional<ImportRecord> findFirstByOutcomeInAndTriggerNotOrderByIdDesc(Collection<String> outcomes,
			String trigger);

	List<ImportRecord> findAllByOrderByIdDesc(Limit limit);

}
