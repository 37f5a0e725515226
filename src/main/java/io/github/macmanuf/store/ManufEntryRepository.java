package io.github.macmanuf.store;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Stored registry entries. */
interface ManufEntryRepository extends JpaRepository<ManufEntryEntity, UUID> {

	/** Entries as rows, without loading entities into the persistence context. */
	String ROWS = "select new io.github.macmanuf.store.EntryRow(e.prefixBits, e.prefixLength, e.shortName,"
			+ " e.longName, e.comment, e.source) from ManufEntryEntity e";

	/** Imported entries first, then user entries, so user entries win in the index. */
	@Query(ROWS + " order by case when e.source = 'user' then 1 else 0 end")
	List<EntryRow> findAllImportedThenUser();

	@Query(ROWS + " where e.source = 'user'")
	List<EntryRow> findUser();

	List<ManufEntryEntity> findByPrefixBitsAndPrefixLength(long prefixBits, int prefixLength);

	@Modifying
	@Query("delete from ManufEntryEntity e where e.source <> 'user'")
	int deleteImported();

}
