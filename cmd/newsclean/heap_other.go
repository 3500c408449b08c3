//go:build !linux

package main

// adviseHugeHeap does nothing off Linux (see prepareHeap).
func adviseHugeHeap(int) {}
