package io.github.macmanuf.store;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Import history. */
interface ImportRecordRepository extends JpaRepository<ImportRecord, Long> {

	Optional<ImportRecord> findFirstByOutcomeOrderByIdDesc(String outcome);

}
