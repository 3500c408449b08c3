package main

import (
	"os"
	"syscall"
	"unsafe"
)

// adviseHugeHeap allocates size bytes, which the runtime maps as a new
// stretch of heap (a block this large finds no free room at start-up), and
// advises the kernel to back that stretch with transparent huge pages
// where it holds whole ones. The advice outlives the block: it belongs to
// the mapping. Its result is not checked: without it the heap is backed
// as before.
//
//go:noinline
func adviseHugeHeap(size int) {
	b := make([]byte, size)
	page := uintptr(os.Getpagesize())
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	first := int((p+page-1)&^(page-1) - p)
	end := int((p+uintptr(size))&^(page-1) - p)
	if end > first {
		syscall.Madvise(b[first:end], syscall.MADV_HUGEPAGE)
	}
}
