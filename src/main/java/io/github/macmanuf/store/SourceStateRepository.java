package io.github.macmanuf.store;

import org.springframework.data.jpa.repository.JpaRepository;

/** Validators of the kept downloads, one row per file name. */
interface SourceStateRepository extends JpaRepository<SourceState, String> {

}
