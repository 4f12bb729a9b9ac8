package data

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// bbolt's on-disk meta page, as documented in its source (page.go, meta):
// a 16-byte page header, then magic, version, pageSize, flags, root bucket
// (16 bytes), freelist pgid, high-water pgid, txid and an FNV-64a checksum
// of everything before it.
const (
	boltMagic      = 0xED0CDAED
	pageHeaderSize = 16
	metaSize       = 64
)

// precheck reads the two meta pages of a bbolt file and refuses a file that
// is not bbolt or is shorter than its own meta pages say. bbolt maps the
// file into memory and touching a page past the end of a truncated file is
// a SIGBUS that no recover() can catch, so this must run before bbolt.Open.
func precheck(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	head := make([]byte, pageHeaderSize+metaSize)
	if _, err := io.ReadFull(f, head); err != nil {
		return fmt.Errorf("%w: too short", ErrDamaged)
	}
	first, ok := parseMeta(head[pageHeaderSize:])
	if !ok {
		if first.magic != boltMagic {
			return fmt.Errorf("%w: not a database file", ErrDamaged)
		}
	}
	pageSize := int64(first.pageSize)
	if first.magic != boltMagic || pageSize < 512 || pageSize > 1<<20 || pageSize&(pageSize-1) != 0 {
		return fmt.Errorf("%w: not a database file", ErrDamaged)
	}
	second := make([]byte, metaSize)
	var best *metaPage
	if ok {
		best = &first
	}
	if _, err := f.ReadAt(second, pageSize+pageHeaderSize); err == nil {
		if m, ok2 := parseMeta(second); ok2 && (best == nil || m.txid > best.txid) {
			best = &m
		}
	}
	if best == nil {
		return fmt.Errorf("%w: both header pages are damaged", ErrDamaged)
	}
	if need := int64(best.pgid) * pageSize; fi.Size() < need {
		return fmt.Errorf("%w: the file is truncated (%d of %d bytes)", ErrDamaged, fi.Size(), need)
	}
	return nil
}

type metaPage struct {
	magic, version, pageSize uint32
	pgid, txid               uint64
}

func parseMeta(b []byte) (metaPage, bool) {
	le := binary.LittleEndian
	m := metaPage{
		magic:    le.Uint32(b[0:]),
		version:  le.Uint32(b[4:]),
		pageSize: le.Uint32(b[8:]),
		pgid:     le.Uint64(b[40:]),
		txid:     le.Uint64(b[48:]),
	}
	h := fnv.New64a()
	h.Write(b[:56])
	return m, m.magic == boltMagic && m.version == 2 && h.Sum64() == le.Uint64(b[56:])
}
