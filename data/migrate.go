package data

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// migration upgrades the file by one schema version inside the caller's
// transaction.
type migration func(tx *bolt.Tx) error

// migrations[v] upgrades version v to v+1.
var migrations = map[int]migration{
	1: migrateV1toV2,
	2: migrateV2toV3,
}

// BackupPath returns the name of the backup made before migrating path
// from schema version v, e.g. team.orgdb → team.schema1-20261128-0930.orgdb.
func BackupPath(path string, v int, now time.Time) string {
	base := strings.TrimSuffix(path, filepath.Ext(path))
	return fmt.Sprintf("%s.schema%d-%s%s", base, v, now.Format("20060102-150405"), Extension)
}

// migrate backs the file up next to itself, then runs every step from
// version to SchemaVersion in one transaction and bumps the version last,
// so a failure or crash leaves the old file as it was. The backup keeps
// the document's permissions.
func migrate(path string, db *bolt.DB, version int) error {
	backup := BackupPath(path, version, time.Now())
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := db.View(func(tx *bolt.Tx) error { return tx.CopyFile(backup, mode) }); err != nil {
		return fmt.Errorf("back up before upgrading: %w", err)
	}
	_ = os.Chmod(backup, mode) // CopyFile's mode is filtered by the umask
	return db.Update(func(tx *bolt.Tx) error { return upgrade(tx, version) })
}

// upgrade runs every step from version to SchemaVersion in tx.
func upgrade(tx *bolt.Tx, version int) error {
	for v := version; v < SchemaVersion; v++ {
		step, ok := migrations[v]
		if !ok {
			return fmt.Errorf("%w: no upgrade from schema %d", ErrDamaged, v)
		}
		if err := step(tx); err != nil {
			return fmt.Errorf("upgrade schema %d to %d: %w", v, v+1, err)
		}
	}
	return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(SchemaVersion)))
}

// loadMigrated loads a document of an older schema without writing its
// file: the database is copied into a private temporary file, upgraded
// there and read, and the copy is removed. Read-only commands use it.
func loadMigrated(db *bolt.DB, version int) (*Document, error) {
	dir, err := os.MkdirTemp("", "orgdb-upgrade-")
	if err != nil {
		return nil, fmt.Errorf("upgrade in memory: %w", err)
	}
	defer os.RemoveAll(dir)
	tmp := filepath.Join(dir, "upgrade"+Extension)
	if err := db.View(func(tx *bolt.Tx) error { return tx.CopyFile(tmp, 0o600) }); err != nil {
		return nil, fmt.Errorf("upgrade in memory: %w", err)
	}
	cp, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: LockTimeout})
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrDamaged, err)
	}
	defer cp.Close()
	cp.NoSync = true // a throwaway copy: no need to wait for the disk
	if err := cp.Update(func(tx *bolt.Tx) error { return upgrade(tx, version) }); err != nil {
		return nil, err
	}
	return load(cp)
}

// migrateV1toV2: schema 1 stored a role's responsibilities as plain
// strings under "duties" and had no remembered import mappings. Schema 2
// has Responsibility items (text, weight, examples) and the valuemaps bucket.
func migrateV1toV2(tx *bolt.Tx) error {
	roles := tx.Bucket(bucketRoles)
	if roles == nil {
		return fmt.Errorf("%w: bucket roles is missing", ErrDamaged)
	}
	type change struct{ key, value []byte }
	var changes []change
	err := roles.ForEach(func(k, v []byte) error {
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(v, &raw); err != nil {
			return fmt.Errorf("%w: role %q: %v", ErrDamaged, k, err)
		}
		dutiesRaw, ok := raw["duties"]
		if !ok {
			return nil
		}
		var duties []string
		if err := json.Unmarshal(dutiesRaw, &duties); err != nil {
			return fmt.Errorf("%w: role %q duties: %v", ErrDamaged, k, err)
		}
		items := make([]Responsibility, 0, len(duties))
		for _, d := range duties {
			if d = strings.TrimSpace(d); d != "" {
				items = append(items, Responsibility{Text: d})
			}
		}
		delete(raw, "duties")
		b, err := json.Marshal(items)
		if err != nil {
			return err
		}
		raw["responsibilities"] = b
		nv, err := json.Marshal(raw)
		if err != nil {
			return err
		}
		changes = append(changes, change{append([]byte(nil), k...), nv})
		return nil
	})
	if err != nil {
		return err
	}
	// bbolt forbids writing to a bucket while iterating it.
	for _, c := range changes {
		if err := roles.Put(c.key, c.value); err != nil {
			return err
		}
	}
	if _, err := tx.CreateBucketIfNotExists(bucketValueMaps); err != nil {
		return err
	}
	meta := tx.Bucket(bucketMeta)
	if meta.Get(keyModified) == nil {
		return meta.Put(keyModified, append([]byte(nil), meta.Get(keyCreated)...))
	}
	return nil
}

// migrateV2toV3: schema 3 adds scenarios (方案), kept in the scenarios
// bucket; the current organisation stays where it was, so nothing moves.
func migrateV2toV3(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists(bucketScenarios)
	return err
}
