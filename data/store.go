package data

// The bucket layout of an .orgdb file (one bbolt database per document):
//
//	meta/
//	    app        -> "orgdesigner"     marks the file as ours
//	    schema     -> "3"               decimal schema version (SchemaVersion)
//	    created    -> RFC 3339 time
//	    modified   -> RFC 3339 time of the last committed action
//	org/
//	    org        -> Organisation (JSON)
//	departments/
//	    <id>       -> Department (JSON)
//	roles/
//	    <id>       -> Role (JSON)
//	people/
//	    <id>       -> Person (JSON)
//	projects/
//	    <id>       -> ProjectTeam (JSON)
//	valuemaps/
//	    <source \x00 kind \x00 value> -> ValueMap (JSON)
//	scenarios/
//	    <scenario id>/   info -> Scenario; org/, departments/, roles/,
//	                     people/, projects/ as above (see scenario.go)
//
// Every record is JSON (written by encodeChanges, read by getJSON and
// loadAll with encoding/json). One user action is one ChangeSet is one
// bbolt Update transaction.

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the version of the bucket layout this build writes.
const SchemaVersion = 3

// Extension is the file extension of documents.
const Extension = ".orgdb"

var (
	bucketMeta        = []byte("meta")
	bucketOrg         = []byte("org")
	bucketDepartments = []byte("departments")
	bucketRoles       = []byte("roles")
	bucketPeople      = []byte("people")
	bucketProjects    = []byte("projects")
	bucketValueMaps   = []byte("valuemaps")
	bucketScenarios   = []byte("scenarios")

	keyApp      = []byte("app")
	keySchema   = []byte("schema")
	keyCreated  = []byte("created")
	keyModified = []byte("modified")
	keyOrg      = []byte("org")

	appMagic = []byte("orgdesigner")

	allBuckets = [][]byte{bucketMeta, bucketOrg, bucketDepartments, bucketRoles,
		bucketPeople, bucketProjects, bucketValueMaps, bucketScenarios}

	// orgBuckets hold one organisation: the current one at the top level,
	// each scenario inside its own bucket under scenarios/.
	orgBuckets = [][]byte{bucketOrg, bucketDepartments, bucketRoles, bucketPeople, bucketProjects}
)

// Errors of opening and creating documents. Wrapped errors name the file.
var (
	// ErrLocked: another process (another OrgDesigner window) holds the file.
	ErrLocked = errors.New("the document is open in another OrgDesigner window")
	// ErrNewerSchema: the file was written by a newer OrgDesigner.
	ErrNewerSchema = errors.New("the document was made by a newer version of OrgDesigner")
	// ErrDamaged: the file is truncated, corrupt or not a database at all.
	ErrDamaged = errors.New("the document is damaged or not an OrgDesigner document")
	// ErrForeign: a valid bbolt database that is not an OrgDesigner document.
	ErrForeign = errors.New("the file is a database of another program, not an OrgDesigner document")
	// ErrExists: Create refuses to overwrite a file.
	ErrExists = errors.New("a file with that name already exists")
	// ErrFolder: the path is a folder, not a document.
	ErrFolder = errors.New("the path is a folder, not a document")
	// ErrReadOnly: the document was opened read-only (the file is not
	// writable, or a read-only command opened it) and cannot be changed.
	ErrReadOnly = errors.New("the document is read-only")
)

// LockTimeout is how long Open waits for a file held by another process.
var LockTimeout = time.Second

// Store is an open document. Its methods are safe for concurrent use.
type Store struct {
	path     string
	db       *bolt.DB
	readOnly bool

	mu  sync.RWMutex
	doc *Document
	// active is the open organisation ("" = current, else a scenario id);
	// doc is its snapshot. loaded keeps every organisation's snapshot once
	// read (snapshots are immutable, so a copy can share its source's).
	active    ID
	loaded    map[ID]*Document
	scenarios []Scenario
}

// Create writes doc as a new document at path and opens it. It refuses to
// overwrite an existing file and never leaves a half-written file behind:
// the document is built in a temporary file that is renamed into place.
func Create(path string, doc *Document) (*Store, error) {
	if _, err := os.Stat(path); err == nil {
		return nil, fmt.Errorf("create %s: %w", path, ErrExists)
	}
	nd := doc.With(&ChangeSet{})
	if err := Validate(nd); err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	SweepTemporary(filepath.Dir(path))
	tmp, err := os.CreateTemp(filepath.Dir(path), tempNewPrefix+"*")
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	tmpName := tmp.Name()
	tmp.Close()
	os.Remove(tmpName) // bbolt creates it itself
	defer os.Remove(tmpName)
	db, err := bolt.Open(tmpName, 0o644, boltOptions())
	if db != nil {
		db.AllocSize = allocSize
	}
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	now := []byte(time.Now().UTC().Format(time.RFC3339))
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		for k, v := range map[string][]byte{"app": appMagic, "schema": []byte(strconv.Itoa(SchemaVersion)),
			"created": now, "modified": now} {
			if err := meta.Put([]byte(k), v); err != nil {
				return err
			}
		}
		enc, err := encodeChanges(&ChangeSet{
			Org: &nd.Org, PutDepartments: nd.Departments, PutRoles: nd.Roles,
			PutPeople: nd.People, PutProjects: nd.Projects, PutValueMaps: nd.ValueMaps,
		})
		if err != nil {
			return err
		}
		return enc.write(tx, rootOf(tx))
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	if _, err := os.Stat(path); err == nil {
		return nil, fmt.Errorf("create %s: %w", path, ErrExists)
	}
	if err := os.Rename(tmpName, path); err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	return Open(path)
}

// Open opens the document at path for reading and writing. A file held by
// another process fails with ErrLocked after LockTimeout; a damaged or
// foreign file fails with ErrDamaged or ErrForeign (bbolt may panic on
// corrupt pages: Open recovers and reports instead of crashing); a newer
// schema fails with ErrNewerSchema; an older one is backed up next to the
// file and migrated in one transaction. A file that cannot be written
// (no write permission, or marked read-only: no write bit at all) opens
// read-only instead, as OpenReadOnly does: ReadOnly reports it and Apply
// refuses with ErrReadOnly.
func Open(path string) (*Store, error) {
	if !writable(path) {
		return open(path, true)
	}
	return open(path, false)
}

// OpenReadOnly opens the document at path without ever writing to it, for
// commands that only read (show, check, export, report). It shares the
// file with other readers; a document an editor holds fails with
// ErrLocked. An older schema is migrated in memory only.
func OpenReadOnly(path string) (*Store, error) { return open(path, true) }

// writable reports whether path may be opened for writing: the file has a
// write bit (a file the user marked read-only stays read-only even for an
// administrator) and this process may open it for writing.
func writable(path string) bool {
	fi, err := os.Stat(path)
	if err != nil || fi.IsDir() {
		return true // open reports the real problem
	}
	if fi.Mode().Perm()&0o222 == 0 {
		return false
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return !errors.Is(err, os.ErrPermission) && !errors.Is(err, syscall.EROFS)
	}
	f.Close()
	return true
}

func open(path string, readOnly bool) (s *Store, err error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("open %s: %w", path, ErrFolder)
	}
	if fi.Size() == 0 {
		return nil, fmt.Errorf("open %s: %w", path, ErrDamaged)
	}
	if err := precheck(path); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// A damaged page can point bbolt outside the mapping; make such faults
	// panics that the recover below turns into ErrDamaged.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	var db *bolt.DB
	defer func() {
		if r := recover(); r != nil {
			if db != nil {
				closeQuietly(db)
			}
			s, err = nil, fmt.Errorf("open %s: %w (%v)", path, ErrDamaged, r)
		}
	}()
	opts := boltOptions()
	opts.ReadOnly = readOnly
	db, err = bolt.Open(path, 0o644, opts)
	if db != nil {
		db.AllocSize = allocSize
	}
	switch {
	case errors.Is(err, bolt.ErrTimeout):
		return nil, fmt.Errorf("open %s: %w", path, ErrLocked)
	case errors.Is(err, os.ErrPermission):
		// Never call a file we may not read damaged.
		return nil, fmt.Errorf("open %s: %w", path, err)
	case err != nil:
		return nil, fmt.Errorf("open %s: %w (%v)", path, ErrDamaged, err)
	}
	if !readOnly {
		SweepTemporary(filepath.Dir(path))
	}
	version, err := readSchema(db)
	if err == nil && version > SchemaVersion {
		err = fmt.Errorf("%w (file schema %d, this app %d)", ErrNewerSchema, version, SchemaVersion)
	}
	var doc *Document
	var scenarios []Scenario
	switch {
	case err != nil:
	case version < SchemaVersion && readOnly:
		doc, err = loadMigrated(db, version)
	case version < SchemaVersion:
		if err = migrate(path, db, version); err == nil {
			doc, err = load(db)
		}
	default:
		doc, err = load(db)
	}
	if err == nil && version >= 3 {
		scenarios, err = readScenarios(db)
	}
	if err != nil {
		closeQuietly(db)
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return &Store{path: path, db: db, doc: doc, readOnly: readOnly,
		loaded: map[ID]*Document{"": doc}, scenarios: scenarios}, nil
}

// allocSize is how much bbolt grows the file by once it is larger than
// the mapping: bbolt's 16 MB default would make every small document a
// 16 MB file.
const allocSize = 1 << 20

// boltOptions: a lock timeout, so a document held by another process is
// refused instead of blocking forever, and a generous initial mapping, so a
// big import does not spend its time remapping the file as it grows. On
// Windows bbolt grows the file itself to the mapping size, so the default
// is kept there.
func boltOptions() *bolt.Options {
	o := &bolt.Options{Timeout: LockTimeout}
	if runtime.GOOS != "windows" {
		o.InitialMmapSize = 64 << 20
	}
	return o
}

func closeQuietly(db *bolt.DB) {
	defer func() { _ = recover() }()
	_ = db.Close()
}

func readSchema(db *bolt.DB) (int, error) {
	var version int
	err := db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil || !bytes.Equal(meta.Get(keyApp), appMagic) {
			return ErrForeign
		}
		v, err := strconv.Atoi(string(meta.Get(keySchema)))
		if err != nil || v < 1 {
			return fmt.Errorf("%w: bad schema version %q", ErrDamaged, meta.Get(keySchema))
		}
		version = v
		return nil
	})
	return version, err
}

func load(db *bolt.DB) (*Document, error) {
	var doc *Document
	err := db.View(func(tx *bolt.Tx) error {
		for _, b := range allBuckets {
			if tx.Bucket(b) == nil && !bytes.Equal(b, bucketScenarios) {
				return fmt.Errorf("%w: bucket %s is missing", ErrDamaged, b)
			}
		}
		var err error
		doc, err = loadOrganisation(tx, rootOf(tx))
		return err
	})
	return doc, err
}

// bucketsOf finds the buckets of one organisation in a transaction.
type bucketsOf func(name []byte) *bolt.Bucket

// rootOf gives the current organisation's buckets (the top level).
func rootOf(tx *bolt.Tx) bucketsOf { return tx.Bucket }

// loadOrganisation reads one organisation (with the document's import
// mappings) and checks it.
func loadOrganisation(tx *bolt.Tx, get bucketsOf) (*Document, error) {
	doc := &Document{}
	for _, b := range orgBuckets {
		if get(b) == nil {
			return nil, fmt.Errorf("%w: bucket %s is missing", ErrDamaged, b)
		}
	}
	if err := getJSON(get(bucketOrg), keyOrg, &doc.Org); err != nil {
		return nil, err
	}
	var err error
	if doc.Departments, err = loadAll[Department](get(bucketDepartments)); err != nil {
		return nil, err
	}
	if doc.Roles, err = loadAll[Role](get(bucketRoles)); err != nil {
		return nil, err
	}
	if doc.People, err = loadAll[Person](get(bucketPeople)); err != nil {
		return nil, err
	}
	if doc.Projects, err = loadAll[ProjectTeam](get(bucketProjects)); err != nil {
		return nil, err
	}
	if vm := tx.Bucket(bucketValueMaps); vm != nil {
		if doc.ValueMaps, err = loadAll[ValueMap](vm); err != nil {
			return nil, err
		}
	}
	doc = doc.With(&ChangeSet{})
	if err := Validate(doc); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	return doc, nil
}

func loadAll[T any](b *bolt.Bucket) ([]T, error) {
	out := make([]T, 0, b.Stats().KeyN)
	err := b.ForEach(func(k, v []byte) error {
		var x T
		if err := json.Unmarshal(v, &x); err != nil {
			return fmt.Errorf("%w: record %q: %v", ErrDamaged, k, err)
		}
		out = append(out, x)
		return nil
	})
	return out, err
}

// getJSON reads one record; every record is JSON (encodeChanges writes
// them).
func getJSON(b *bolt.Bucket, key []byte, v any) error {
	raw := b.Get(key)
	if raw == nil {
		return fmt.Errorf("%w: %s", ErrNotFound, key)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("%w: record %q: %v", ErrDamaged, key, err)
	}
	return nil
}

// size is the number of records cs puts or deletes.
func size(cs *ChangeSet) int {
	return len(cs.PutDepartments) + len(cs.DeleteDepartments) + len(cs.PutRoles) + len(cs.DeleteRoles) +
		len(cs.PutPeople) + len(cs.DeletePeople) + len(cs.PutProjects) + len(cs.DeleteProjects) + len(cs.PutValueMaps)
}

// Path returns the file the store is open on.
func (s *Store) Path() string { return s.path }

// ReadOnly reports whether the document was opened read-only: Apply
// refuses every change with ErrReadOnly.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Doc returns the current snapshot. It must not be modified; it stays valid
// (and unchanged) after later changes.
func (s *Store) Doc() *Document {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.doc
}

// Apply validates the document that cs would produce and, if it is valid,
// writes cs in one transaction. On any error the file and the snapshot are
// unchanged. The write is on disk (fsync) when Apply returns nil.
func (s *Store) Apply(cs *ChangeSet) error {
	if cs == nil || cs.IsEmpty() {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return fmt.Errorf("apply: %w", bolt.ErrDatabaseNotOpen)
	}
	if s.readOnly {
		return fmt.Errorf("save %s: %w", s.path, ErrReadOnly)
	}
	// Encoding needs neither the snapshot nor the transaction: a big change
	// set is encoded on another core while the new snapshot is built and
	// validated.
	var enc *encodedChanges
	var encErr error
	var encoded chan struct{}
	if size(cs) >= bulkPuts {
		encoded = make(chan struct{})
		go func() {
			enc, encErr = encodeChanges(cs)
			close(encoded)
		}()
	} else {
		enc, encErr = encodeChanges(cs)
	}
	nd, inPlace := s.doc.with(cs)
	validate := Validate
	if inPlace {
		validate = func(d *Document) error { return validateChanges(d, cs) }
	}
	err := validate(nd)
	if encoded != nil {
		<-encoded
	}
	if err != nil {
		return err
	}
	if encErr != nil {
		return fmt.Errorf("save %s: %w", s.path, encErr)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		get, err := s.bucketsOfActive(tx)
		if err != nil {
			return err
		}
		if err := enc.write(tx, get); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keyModified, []byte(time.Now().UTC().Format(time.RFC3339)))
	})
	if err != nil {
		return fmt.Errorf("save %s: %w", s.path, err)
	}
	s.doc = nd
	s.loaded[s.active] = nd
	if len(cs.PutValueMaps) > 0 {
		// Import mappings are the document's: every organisation sees them.
		for id, d := range s.loaded {
			if id != s.active {
				s.loaded[id] = d.With(&ChangeSet{PutValueMaps: cs.PutValueMaps})
			}
		}
	}
	return nil
}

// encodedChanges is a ChangeSet encoded for the store: each bucket's puts
// as sorted key/value pairs, ready for one transaction. Encoding needs no
// transaction, so Apply does it while it validates.
type encodedChanges struct {
	org     []byte // nil: the organisation is unchanged
	buckets []encodedBucket
}

type encodedBucket struct {
	name []byte
	put  []encodedRecord
	del  []ID
}

type encodedRecord struct {
	prefix uint64 // the key's first eight bytes, big-endian (for sorting)
	key    ID
	i      int // the put's position: the last put of a key is written last
	value  []byte
}

// encodeChanges encodes every record of cs (people by hand, the rest with
// encoding/json; see codec.go).
func encodeChanges(cs *ChangeSet) (*encodedChanges, error) {
	e := &encodedChanges{}
	if cs.Org != nil {
		raw, err := json.Marshal(cs.Org)
		if err != nil {
			return nil, err
		}
		e.org = raw
	}
	var sl slab
	var errs [5]error
	e.buckets = []encodedBucket{
		encodeBucket(bucketDepartments, &sl, &errs[0], cs.PutDepartments, cs.DeleteDepartments, func(x *Department) ID { return x.ID }, appendMarshal),
		encodeBucket(bucketRoles, &sl, &errs[1], cs.PutRoles, cs.DeleteRoles, func(x *Role) ID { return x.ID }, appendMarshal),
		encodeBucket(bucketPeople, &sl, &errs[2], cs.PutPeople, cs.DeletePeople, func(x *Person) ID { return x.ID },
			func(b []byte, x *Person) ([]byte, error) { return appendPersonJSON(b, x), nil }),
		encodeBucket(bucketProjects, &sl, &errs[3], cs.PutProjects, cs.DeleteProjects, func(x *ProjectTeam) ID { return x.ID }, appendMarshal),
		encodeBucket(bucketValueMaps, &sl, &errs[4], cs.PutValueMaps, nil, func(x *ValueMap) ID { return x.key() }, appendMarshal),
	}
	if err := errors.Join(errs[:]...); err != nil {
		return nil, err
	}
	return e, nil
}

// encodeBucket encodes the puts of one bucket and sorts them by key:
// bbolt inserts keys in order far faster than at random (fewer page
// splits), and random ids make a big import random. The last put of a key
// is written last, so it wins, as in the snapshot.
func encodeBucket[T any](name []byte, sl *slab, errp *error, put []T, del []ID, id func(*T) ID, enc func([]byte, *T) ([]byte, error)) encodedBucket {
	if len(put) == 0 {
		return encodedBucket{name: name, del: del}
	}
	recs := make([]encodedRecord, len(put))
	// Records are encoded in the order they were made, which is the order
	// their strings sit in memory.
	encodeRange := func(sl *slab, from, to int) error {
		for i := from; i < to; i++ {
			x := &put[i]
			raw, err := sl.encode(func(buf []byte) ([]byte, error) { return enc(buf, x) })
			if err != nil {
				return err
			}
			k := id(x)
			var p [8]byte
			copy(p[:], k)
			recs[i] = encodedRecord{binary.BigEndian.Uint64(p[:]), k, i, raw}
		}
		return nil
	}
	// Encoding a big import waits mostly on memory (the records' strings
	// are scattered over the heap), so it is split over the cores.
	workers := 1
	if len(put) >= bulkPuts {
		workers = min(runtime.GOMAXPROCS(0), 4)
	}
	if workers == 1 {
		*errp = encodeRange(sl, 0, len(put))
	} else {
		errs := make([]error, workers)
		var wg sync.WaitGroup
		for w := range workers {
			wg.Go(func() { errs[w] = encodeRange(&slab{}, w*len(put)/workers, (w+1)*len(put)/workers) })
		}
		wg.Wait()
		*errp = errors.Join(errs...)
	}
	if *errp != nil {
		return encodedBucket{}
	}
	// Comparing the keys' first eight bytes as a number before the strings
	// saves most of the cache misses of comparing scattered strings.
	slices.SortFunc(recs, func(a, b encodedRecord) int {
		if a.prefix != b.prefix {
			return cmp.Compare(a.prefix, b.prefix)
		}
		if c := strings.Compare(string(a.key), string(b.key)); c != 0 {
			return c
		}
		return a.i - b.i
	})
	return encodedBucket{name: name, put: recs, del: del}
}

// bulkPuts is the size of a put from which a bucket is written as a bulk
// load (see write).
const bulkPuts = 1000

// write puts and deletes the records in tx, in the organisation whose
// buckets get finds; import mappings are the document's, at the top level.
func (e *encodedChanges) write(tx *bolt.Tx, get bucketsOf) error {
	if e.org != nil {
		if err := get(bucketOrg).Put(keyOrg, e.org); err != nil {
			return err
		}
	}
	var key []byte // Put copies the key (not the value), so one buffer serves
	for _, eb := range e.buckets {
		b := get(eb.name)
		if bytes.Equal(eb.name, bucketValueMaps) {
			b = tx.Bucket(bucketValueMaps)
		}
		if len(eb.put) >= bulkPuts {
			// Sorted keys arrive in order, so bbolt's default of half-full
			// pages (room for later random inserts) would write twice the
			// pages a bulk load needs; later inserts simply split them.
			b.FillPercent = 0.9
		}
		for _, r := range eb.put {
			key = append(key[:0], r.key...)
			if err := b.Put(key, r.value); err != nil {
				return err
			}
		}
		for _, x := range eb.del {
			if err := b.Delete([]byte(x)); err != nil {
				return err
			}
		}
	}
	return nil
}

// CopyTo writes a consistent copy of the open document to path (Save As,
// backups, restores) without closing it; the copy is written to a
// temporary file and renamed, so path is never half-written. A symbolic
// link at path is followed, so the real file is replaced and the link
// kept. The copy gets the permissions of the file it replaces, or else
// those of this document.
func (s *Store) CopyTo(path string) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return fmt.Errorf("copy to %s: %w", path, bolt.ErrDatabaseNotOpen)
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(s.path); err == nil {
		mode = fi.Mode().Perm()
	}
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), tempCopyPrefix+"*")
	if err != nil {
		return fmt.Errorf("copy to %s: %w", path, err)
	}
	lockTemp(tmp)
	defer os.Remove(tmp.Name())
	err = s.db.View(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(tmp)
		return err
	})
	if err == nil {
		err = tmp.Chmod(mode)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("copy to %s: %w", path, err)
	}
	return nil
}

// WriteTo streams a consistent copy of the database to w.
func (s *Store) WriteTo(w io.Writer) (int64, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return 0, bolt.ErrDatabaseNotOpen
	}
	var n int64
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		n, err = tx.WriteTo(w)
		return err
	})
	return n, err
}

// Close releases the file. The store must not be used afterwards.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return nil
	}
	err := s.db.Close()
	s.db = nil
	return err
}
