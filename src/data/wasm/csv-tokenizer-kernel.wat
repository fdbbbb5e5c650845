;; CsvTokenizer's record loop for well-formed records (src/data/csv-kernel.ts loads it; compiled by
;; scripts/build-wasm.mjs (wabt) into csv-tokenizer-kernel-wasm.ts next to this file).
;;
;; Stage 1 (SIMD): for each 64-byte block, a 64-bit mask of its structural bytes , " LF CR (one swizzle of
;; a 16-byte table indexed by the low nibble, one compare: the four bytes have distinct low nibbles).
;; Stage 2 (scalar): the same walk as CsvTokenizer's JavaScript loop, jumping from one structural byte to the
;; next (ctz of the mask) instead of stepping over every byte. It writes the start, end and escaped flag of
;; every field and the line of every record, and stops at the start of the first record it cannot finish on
;; its own: one that the bytes do not complete (unless `final`), a ragged one, a quoted field never closed
;; or followed by anything but , LF CR, or when `maxRecords` are written. The JavaScript loop then takes
;; that record (and throws the error, with its message, row and line, or carries its bytes).
(module
  (memory (export "memory") 1)
  ;; 10^0 .. 10^15 as f64 (csv-kernel.ts keeps 192..320 for them)
  (data (i32.const 192) "\00\00\00\00\00\00\f0\3f\00\00\00\00\00\00\24\40\00\00\00\00\00\00\59\40\00\00\00\00\00\40\8f\40\00\00\00\00\00\88\c3\40\00\00\00\00\00\6a\f8\40\00\00\00\00\80\84\2e\41\00\00\00\00\d0\12\63\41\00\00\00\00\84\d7\97\41\00\00\00\00\65\cd\cd\41\00\00\00\20\5f\a0\02\42\00\00\00\e8\76\48\37\42\00\00\00\a2\94\1a\6d\42\00\00\40\e5\9c\30\a2\42\00\00\90\1e\c4\bc\d6\42\00\00\34\26\f5\6b\0c\43")
  ;; vector constants as mutable globals: read once before the loop (an ordered load), so that they stay in
  ;; registers instead of being rematerialized in the loop as constants are
  (global $C48 (mut v128) (v128.const i8x16 48 48 48 48 48 48 48 48 48 48 48 48 48 48 48 48))
  (global $C9 (mut v128) (v128.const i8x16 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9))
  (global $CDOT (mut v128) (v128.const i8x16 -2 -2 -2 -2 -2 -2 -2 -2 -2 -2 -2 -2 -2 -2 -2 -2))
  (global $IOTA (mut v128) (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15))
  (global $C2561 (mut v128) (v128.const i16x8 2561 2561 2561 2561 2561 2561 2561 2561))
  (global $C100 (mut v128) (v128.const i16x8 100 1 100 1 100 1 100 1))
  (global $C10000 (mut v128) (v128.const i16x8 10000 1 10000 1 10000 1 10000 1))
  (global $CMUL (mut v128) (v128.const f64x2 1e8 1))
  (global $ONE (mut f64) (f64.const 1))
  ;; The bytes are at $base .. $base + $n, followed by at least 64 zero bytes.
  (global $base (mut i32) (i32.const 0))
  (global $n (mut i32) (i32.const 0))
  ;; The block whose mask $msk holds (offset from $base, a multiple of 64).
  (global $blk (mut i32) (i32.const 0))
  (global $msk (mut i64) (i64.const 0))

  ;; The offset of the first structural byte (, " LF CR) at or after $from (<= $n), or $n when there is none,
  ;; when the cached block ($blk, $msk) has none: $from is past it, or its bits from $from on are zero. Each
  ;; block's mask: bit i set where byte i is structural, from one swizzle of a 16-byte table indexed by the
  ;; byte's low nibble and one compare per 16 bytes (the four bytes have distinct low nibbles: 0x2 ", 0xA LF,
  ;; 0xC ",", 0xD CR; the table holds, at every other index, a byte whose low nibble differs from it).
  (func $next (param $from i32) (result i32)
    (local $b i32) (local $s i32) (local $p i32) (local $m i64) (local $v v128)
    (if (i32.ge_u (i32.sub (local.get $from) (global.get $blk)) (i32.const 64))
      (then
        (local.set $b (i32.and (local.get $from) (i32.const -64)))
        (local.set $s (i32.sub (local.get $from) (local.get $b))))
      (else (local.set $b (i32.add (global.get $blk) (i32.const 64)))))
    (loop $scan
      (if (i32.ge_u (local.get $b) (global.get $n)) (then (return (global.get $n))))
      (local.set $p (i32.add (global.get $base) (local.get $b)))
      (local.set $v (v128.load (local.get $p)))
      (local.set $m
        (i64.extend_i32_u
          (i8x16.bitmask
            (i8x16.eq (local.get $v)
              (i8x16.swizzle (v128.const i8x16 1 0 34 0 0 0 0 0 0 0 10 0 44 13 0 0)
                (v128.and (local.get $v) (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15)))))))
      (local.set $v (v128.load offset=16 (local.get $p)))
      (local.set $m
        (i64.or (local.get $m)
          (i64.shl
            (i64.extend_i32_u
              (i8x16.bitmask
                (i8x16.eq (local.get $v)
                  (i8x16.swizzle (v128.const i8x16 1 0 34 0 0 0 0 0 0 0 10 0 44 13 0 0)
                    (v128.and (local.get $v) (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15))))))
            (i64.const 16))))
      (local.set $v (v128.load offset=32 (local.get $p)))
      (local.set $m
        (i64.or (local.get $m)
          (i64.shl
            (i64.extend_i32_u
              (i8x16.bitmask
                (i8x16.eq (local.get $v)
                  (i8x16.swizzle (v128.const i8x16 1 0 34 0 0 0 0 0 0 0 10 0 44 13 0 0)
                    (v128.and (local.get $v) (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15))))))
            (i64.const 32))))
      (local.set $v (v128.load offset=48 (local.get $p)))
      (local.set $m
        (i64.or (local.get $m)
          (i64.shl
            (i64.extend_i32_u
              (i8x16.bitmask
                (i8x16.eq (local.get $v)
                  (i8x16.swizzle (v128.const i8x16 1 0 34 0 0 0 0 0 0 0 10 0 44 13 0 0)
                    (v128.and (local.get $v) (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15))))))
            (i64.const 48))))
      (global.set $blk (local.get $b))
      (global.set $msk (local.get $m))
      (local.set $m (i64.and (local.get $m) (i64.shl (i64.const -1) (i64.extend_i32_u (local.get $s)))))
      (if (i64.ne (local.get $m) (i64.const 0))
        (then (return (i32.add (local.get $b) (i32.wrap_i64 (i64.ctz (local.get $m)))))))
      (local.set $b (i32.add (local.get $b) (i32.const 64)))
      (local.set $s (i32.const 0))
      (br $scan))
    (unreachable))

  ;; Tokenizes the records from $pos (a record boundary) on; returns the start of the first record not
  ;; written. $state: f64 line in/out at +0, i32 records written out at +8. Field k of the call's records
  ;; goes to $starts + 4k, $ends + 4k, $escaped + k; record r's line to $lines + 8r.
  (func (export "tokenize")
    (param $base i32) (param $n i32) (param $pos i32) (param $final i32) (param $width i32)
    (param $maxRecords i32) (param $state i32) (param $lines i32) (param $starts i32) (param $ends i32)
    (param $escaped i32) (result i32)
    (local $rs i32) (local $rec i32) (local $line f64) (local $c i32) (local $count i32) (local $inner i32)
    (local $at i32) (local $from i32) (local $q i32) (local $doubled i32) (local $end i32) (local $open i32)
    ;; the cached block of $next (a copy of its globals) and scratch
    (local $blk i32) (local $msk i64) (local $m i64) (local $d i32)
    (global.set $base (local.get $base))
    (global.set $n (local.get $n))
    (global.set $blk (i32.const -64))
    (global.set $msk (i64.const 0))
    (local.set $open (i32.eqz (local.get $final)))
    (local.set $blk (i32.const -64))
    (local.set $line (f64.load (local.get $state)))
    (block $stop
      (loop $records
        (local.set $rs (local.get $pos))
        (br_if $stop (i32.ge_u (local.get $pos) (local.get $n)))
        (br_if $stop (i32.ge_u (local.get $rec) (local.get $maxRecords)))
        (local.set $c (i32.load8_u (i32.add (local.get $base) (local.get $pos))))
        ;; a blank line
        (if (i32.eq (local.get $c) (i32.const 10))
          (then
            (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
            (local.set $line (f64.add (local.get $line) (f64.const 1)))
            (br $records)))
        (if (i32.eq (local.get $c) (i32.const 13))
          (then
            (br_if $stop
              (i32.and (local.get $open) (i32.ge_u (i32.add (local.get $pos) (i32.const 1)) (local.get $n))))
            (local.set $pos
              (i32.add
                (local.get $pos)
                (select (i32.const 2) (i32.const 1)
                  (i32.eq (i32.load8_u (i32.add (local.get $base) (i32.add (local.get $pos) (i32.const 1)))) (i32.const 10)))))
            (local.set $line (f64.add (local.get $line) (f64.const 1)))
            (br $records)))
        (local.set $count (i32.const 0))
        (local.set $inner (i32.const 0))
        (local.set $at (i32.mul (local.get $rec) (local.get $width)))
        (block $record
          (loop $fields
            ;; $pos: the field's first byte
            (if (i32.ge_u (local.get $pos) (local.get $n))
              (then
                ;; the bytes end right after a comma
                (br_if $stop (local.get $open))
                (br_if $stop (i32.ge_u (local.get $count) (local.get $width)))
                (local.set $q (i32.add (local.get $at) (local.get $count)))
                (i32.store (i32.add (local.get $starts) (i32.shl (local.get $q) (i32.const 2))) (local.get $pos))
                (i32.store (i32.add (local.get $ends) (i32.shl (local.get $q) (i32.const 2))) (local.get $pos))
                (i32.store8 (i32.add (local.get $escaped) (local.get $q)) (i32.const 0))
                (local.set $count (i32.add (local.get $count) (i32.const 1)))
                (br $record)))
            (local.set $c (i32.load8_u (i32.add (local.get $base) (local.get $pos))))
            (if (i32.eq (local.get $c) (i32.const 34))
              (then
                ;; a quoted field: its closing quote is the first quote not doubled
                (local.set $from (i32.add (local.get $pos) (i32.const 1)))
                (local.set $doubled (i32.const 0))
                (local.set $q (local.get $from))
                (block $closed
                  (loop $quoted
                    ;; $q: the first structural byte at or after it (or $n), from the cached mask when it can
                    (block $next_q
                      (if (i32.lt_u (local.tee $d (i32.sub (local.get $q) (local.get $blk))) (i32.const 64))
                        (then
                          (local.set $m (i64.and (local.get $msk) (i64.shl (i64.const -1) (i64.extend_i32_u (local.get $d)))))
                          (if (i64.ne (local.get $m) (i64.const 0))
                            (then
                              (local.set $q (i32.add (local.get $blk) (i32.wrap_i64 (i64.ctz (local.get $m)))))
                              (br $next_q)))))
                      ;; past the cached block's last structural byte: the next blocks
                      (local.set $q (call $next (local.get $q)))
                      (local.set $blk (global.get $blk))
                      (local.set $msk (global.get $msk)))
                    (br_if $stop (i32.ge_u (local.get $q) (local.get $n)))
                    (local.set $c (i32.load8_u (i32.add (local.get $base) (local.get $q))))
                    (if (i32.ne (local.get $c) (i32.const 34))
                      (then
                        (if (i32.eq (local.get $c) (i32.const 10))
                          (then (local.set $inner (i32.add (local.get $inner) (i32.const 1)))))
                        (local.set $q (i32.add (local.get $q) (i32.const 1)))
                        (br $quoted)))
                    (br_if $stop
                      (i32.and (local.get $open) (i32.ge_u (i32.add (local.get $q) (i32.const 1)) (local.get $n))))
                    (br_if $closed (i32.ne (i32.load8_u (i32.add (local.get $base) (i32.add (local.get $q) (i32.const 1)))) (i32.const 34)))
                    (local.set $doubled (i32.const 1))
                    (local.set $q (i32.add (local.get $q) (i32.const 2)))
                    (br $quoted)))
                (br_if $stop (i32.ge_u (local.get $count) (local.get $width)))
                (local.set $end (i32.add (local.get $at) (local.get $count)))
                (i32.store (i32.add (local.get $starts) (i32.shl (local.get $end) (i32.const 2))) (local.get $from))
                (i32.store (i32.add (local.get $ends) (i32.shl (local.get $end) (i32.const 2))) (local.get $q))
                (i32.store8 (i32.add (local.get $escaped) (local.get $end)) (local.get $doubled))
                (local.set $count (i32.add (local.get $count) (i32.const 1)))
                (local.set $pos (i32.add (local.get $q) (i32.const 1)))
                (if (i32.ge_u (local.get $pos) (local.get $n))
                  (then
                    (br_if $stop (local.get $open))
                    (br $record)))
                (local.set $c (i32.load8_u (i32.add (local.get $base) (local.get $pos))))
                (if (i32.eq (local.get $c) (i32.const 44))
                  (then
                    (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
                    (br $fields)))
                (if (i32.eq (local.get $c) (i32.const 10))
                  (then
                    (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
                    (br $record)))
                ;; anything but CR after the closing quote is an error the JavaScript loop reports
                (br_if $stop (i32.ne (local.get $c) (i32.const 13)))
                (br_if $stop
                  (i32.and (local.get $open) (i32.ge_u (i32.add (local.get $pos) (i32.const 1)) (local.get $n))))
                (local.set $pos
                  (i32.add
                    (local.get $pos)
                    (select (i32.const 2) (i32.const 1)
                      (i32.eq (i32.load8_u (i32.add (local.get $base) (i32.add (local.get $pos) (i32.const 1)))) (i32.const 10)))))
                (br $record)))
            ;; an unquoted field ends at the first , LF or CR (a quote inside it is a character)
            (local.set $end (local.get $pos))
            (block $separator
              (loop $plain
                ;; $end: the first structural byte at or after it (or $n)
                (block $next_end
                  (if (i32.lt_u (local.tee $d (i32.sub (local.get $end) (local.get $blk))) (i32.const 64))
                    (then
                      (local.set $m (i64.and (local.get $msk) (i64.shl (i64.const -1) (i64.extend_i32_u (local.get $d)))))
                      (if (i64.ne (local.get $m) (i64.const 0))
                        (then
                          (local.set $end (i32.add (local.get $blk) (i32.wrap_i64 (i64.ctz (local.get $m)))))
                          (br $next_end)))))
                  ;; past the cached block's last structural byte: the next blocks
                  (local.set $end (call $next (local.get $end)))
                  (local.set $blk (global.get $blk))
                  (local.set $msk (global.get $msk)))
                (br_if $separator (i32.ge_u (local.get $end) (local.get $n)))
                (local.set $c (i32.load8_u (i32.add (local.get $base) (local.get $end))))
                (br_if $separator (i32.ne (local.get $c) (i32.const 34)))
                (local.set $end (i32.add (local.get $end) (i32.const 1)))
                (br $plain)))
            (if (i32.ge_u (local.get $end) (local.get $n))
              (then
                (br_if $stop (local.get $open))
                (local.set $c (i32.const 0))))
            (br_if $stop (i32.ge_u (local.get $count) (local.get $width)))
            (local.set $q (i32.add (local.get $at) (local.get $count)))
            (i32.store (i32.add (local.get $starts) (i32.shl (local.get $q) (i32.const 2))) (local.get $pos))
            (i32.store (i32.add (local.get $ends) (i32.shl (local.get $q) (i32.const 2))) (local.get $end))
            (i32.store8 (i32.add (local.get $escaped) (local.get $q)) (i32.const 0))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))
            (if (i32.eq (local.get $c) (i32.const 44))
              (then
                (local.set $pos (i32.add (local.get $end) (i32.const 1)))
                (br $fields)))
            (if (i32.eq (local.get $c) (i32.const 0))
              (then
                ;; the end of the bytes (final) ends the record
                (local.set $pos (local.get $end))
                (br $record)))
            (if (i32.eq (local.get $c) (i32.const 10))
              (then
                (local.set $pos (i32.add (local.get $end) (i32.const 1)))
                (br $record)))
            ;; CR, alone or before LF
            (br_if $stop
              (i32.and (local.get $open) (i32.ge_u (i32.add (local.get $end) (i32.const 1)) (local.get $n))))
            (local.set $pos
              (i32.add
                (local.get $end)
                (select (i32.const 2) (i32.const 1)
                  (i32.eq (i32.load8_u (i32.add (local.get $base) (i32.add (local.get $end) (i32.const 1)))) (i32.const 10)))))
            (br $record)))
        ;; the record ended at $pos
        (br_if $stop (i32.ne (local.get $count) (local.get $width)))
        (f64.store (i32.add (local.get $lines) (i32.shl (local.get $rec) (i32.const 3))) (local.get $line))
        (local.set $rec (i32.add (local.get $rec) (i32.const 1)))
        (local.set $line
          (f64.add (local.get $line) (f64.convert_i32_u (i32.add (local.get $inner) (i32.const 1)))))
        (br $records)))
    (f64.store (local.get $state) (local.get $line))
    (i32.store (i32.add (local.get $state) (i32.const 8)) (local.get $rec))
    (local.get $rs))

  ;; ColumnProfile.addCsvNumbers's loop (src/stats/column-profile.ts), for field $field of records $from to
  ;; $records of the batch the tokenizer left in this memory: it takes plain decimals (PlainDecimalReader's
  ;; grammar, -?digits(.digits)?, at most 15 digits: an exact mantissa, one division by an exact power of
  ;; ten) and nulls, and returns the record of the first field that is neither (or $records). The moments
  ;; are summed as Moments.add sums them, in the same order, so every bit is the JavaScript loop's. State at
  ;; $state: f64 count, mean, m2, min, max (in/out); i32 at +40 nulls, +44 values, +48 integers, +52 booleans
  ;; (out), +56 minLength, +60 maxLength (in/out). The values, in order, go to f64s at $out.
  ;;
  ;; Each field is parsed with SIMD, without a loop over its bytes: one load of the 16 bytes that end at the
  ;; field's end (so the digits arrive right-aligned; the bytes before a short field are masked out, and are
  ;; memory: the batch's bytes start at 384), the '.' removed inside the vector, a multiply tree of the
  ;; digits, and the sign folded into the one division (so "-0" gives -0). One-byte fields and integers take
  ;; shortcuts. A value's Welford update, min/max and store run in the next iteration, off the parse's path.
  (func (export "numbers") (param $base i32) (param $starts i32) (param $ends i32) (param $esc i32)
    (param $width i32) (param $field i32) (param $from i32) (param $records i32) (param $out i32) (param $state i32)
    (result i32)
    (local $record i32) (local $at i32) (local $start i32) (local $n i32) (local $p i32)
    (local $first i32) (local $neg i32) (local $nd i32) (local $dot i32) (local $point i32)
    (local $o i32) (local $points i32) (local $booleans i32) (local $minL i32) (local $maxL i32)
    (local $x f64) (local $count f64) (local $mean f64) (local $m2 f64) (local $min f64) (local $max f64) (local $delta f64) (local $px f64) (local $have i32) (local $one f64)
    (local $r v128) (local $e v128) (local $s v128) (local $w v128)
    (local $c48 v128) (local $c9 v128) (local $cdot v128) (local $iota v128)
    (local $c2561 v128) (local $c100 v128) (local $c10000 v128) (local $cmul v128)
    (local.set $count (f64.load (local.get $state)))
    (local.set $mean (f64.load offset=8 (local.get $state)))
    (local.set $m2 (f64.load offset=16 (local.get $state)))
    (local.set $min (f64.load offset=24 (local.get $state)))
    (local.set $max (f64.load offset=32 (local.get $state)))
    (local.set $minL (i32.load offset=56 (local.get $state)))
    (local.set $maxL (i32.load offset=60 (local.get $state)))
    (local.set $c48 (global.get $C48))
    (local.set $c9 (global.get $C9))
    (local.set $cdot (global.get $CDOT))
    (local.set $iota (global.get $IOTA))
    (local.set $c2561 (global.get $C2561))
    (local.set $c100 (global.get $C100))
    (local.set $c10000 (global.get $C10000))
    (local.set $cmul (global.get $CMUL))
    (local.set $one (global.get $ONE))
    (local.set $o (local.get $out))
    (local.set $record (local.get $from))
    (local.set $at (i32.add (i32.mul (local.get $from) (local.get $width)) (local.get $field)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $record) (local.get $records)))
        (local.set $start (i32.load (i32.add (local.get $starts) (i32.shl (local.get $at) (i32.const 2)))))
        (local.set $n (i32.sub (i32.load (i32.add (local.get $ends) (i32.shl (local.get $at) (i32.const 2)))) (local.get $start)))
        (if (i32.eqz (local.get $n))
          (then   ;; null: counted at the end as records - values
            (local.set $record (i32.add (local.get $record) (i32.const 1)))
            (local.set $at (i32.add (local.get $at) (local.get $width)))
            (br $next)))
        (local.set $p (i32.add (local.get $base) (local.get $start)))
        (local.set $first (i32.load8_u (local.get $p)))
        ;; the caller's checks: first byte 43..57, last byte 33..126, not escaped, no '-' at 4 in 10+ bytes
        (br_if $done (i32.gt_u (i32.sub (local.get $first) (i32.const 43)) (i32.const 14)))
        (br_if $done (i32.gt_u (i32.sub (i32.load8_u (i32.add (local.get $p) (i32.sub (local.get $n) (i32.const 1)))) (i32.const 33)) (i32.const 93)))
        (br_if $done (i32.load8_u (i32.add (local.get $esc) (local.get $at))))
        (if (i32.ge_u (local.get $n) (i32.const 10)) (then
          (br_if $done (i32.eq (i32.load8_u offset=4 (local.get $p)) (i32.const 45)))))
        (if (i32.eq (local.get $n) (i32.const 1)) (then   ;; one byte: a digit (booleans: '0', '1'), or not a plain decimal
          (local.set $x (f64.convert_i32_u (local.tee $neg (i32.sub (local.get $first) (i32.const 48)))))
          (br_if $done (i32.gt_u (local.get $neg) (i32.const 9)))
          (local.set $booleans (i32.add (local.get $booleans) (i32.le_u (local.get $neg) (i32.const 1))))
          (if (i32.lt_s (local.get $n) (local.get $minL)) (then (local.set $minL (local.get $n))))
          (if (i32.gt_s (local.get $n) (local.get $maxL)) (then (local.set $maxL (local.get $n))))
          (if (local.get $have) (then   ;; the previous value, as below
            (local.set $count (f64.add (local.get $count) (local.get $one)))
            (local.set $delta (f64.sub (local.get $px) (local.get $mean)))
            (local.set $mean (f64.add (local.get $mean) (f64.div (local.get $delta) (local.get $count))))
            (local.set $m2 (f64.add (local.get $m2) (f64.mul (local.get $delta) (f64.sub (local.get $px) (local.get $mean)))))
            (if (f64.lt (local.get $px) (local.get $min)) (then (local.set $min (local.get $px))))
            (if (f64.gt (local.get $px) (local.get $max)) (then (local.set $max (local.get $px))))
            (f64.store (local.get $o) (local.get $px))
            (local.set $o (i32.add (local.get $o) (i32.const 8)))
          ))
          (local.set $px (local.get $x))
          (local.set $have (i32.const 1))
          (local.set $record (i32.add (local.get $record) (i32.const 1)))
          (local.set $at (i32.add (local.get $at) (local.get $width)))
          (br $next)))
        (local.set $neg (i32.eq (local.get $first) (i32.const 45)))
        ;; 15 digits and at most a '-' and a '.': 17 bytes at most, and 17 only after a '-', then left out
        (br_if $done (i32.gt_u (i32.sub (local.get $n) (local.get $neg)) (i32.const 16)))
        ;; the 16 bytes that end the field (for 17 bytes, all but the '-'): the field is right-aligned, lane j
        ;; holding byte j+n-16; lanes before the field (earlier bytes: the field is at 128 or more, above the
        ;; power table) are masked to digit 0. Nothing at or after the field's end is read.
        (local.set $s (i8x16.gt_s (local.get $iota) (i8x16.splat (i32.sub (i32.const 15) (local.get $n)))))  ;; field lanes
        (local.set $r (i8x16.sub (v128.load (i32.sub (i32.add (local.get $p) (local.get $n)) (i32.const 16))) (local.get $c48)))
        (local.set $w (i8x16.le_u (local.get $r) (local.get $c9)))                                ;; digit lanes
        (local.set $e (v128.and (i8x16.eq (local.get $r) (local.get $cdot)) (local.get $s)))     ;; '.' lanes
        (local.set $nd (i8x16.bitmask (v128.andnot (local.get $s) (local.get $w))))             ;; non-digits in the field
        (local.set $dot (i8x16.bitmask (local.get $e)))
        (local.set $dot (i32.and (local.get $dot) (i32.sub (i32.const 0) (local.get $dot))))   ;; the first '.'
        (local.set $point (i32.popcnt (local.get $dot)))
        ;; the only non-digits: the '-' (at lane 16-n, when n <= 16) and the first '.'; 1 to 15 digits
        (br_if $done (i32.ne (i32.xor (local.get $nd) (local.get $dot))
          (i32.and (i32.shl (local.get $neg) (i32.sub (i32.const 16) (local.get $n))) (i32.const 0xffff))))
        (br_if $done (i32.gt_u (i32.sub (i32.sub (i32.sub (local.get $n) (local.get $neg)) (local.get $point)) (i32.const 1)) (i32.const 14)))
        (local.set $r (v128.and (local.get $r) (v128.and (local.get $w) (local.get $s))))      ;; digits only, else 0
        ;; digits only (no '-', no '.'): the integer itself, no gap to close nor division
        (if (i32.eqz (local.get $nd)) (then
          (local.set $r (i16x8.shr_u (i16x8.mul (local.get $r) (local.get $c2561)) (i32.const 8)))
          (local.set $r (i32x4.dot_i16x8_s (local.get $r) (local.get $c100)))
          (local.set $r (i32x4.dot_i16x8_s (i16x8.narrow_i32x4_u (local.get $r) (local.get $r)) (local.get $c10000)))
          (local.set $r (f64x2.mul (f64x2.convert_low_i32x4_s (local.get $r)) (local.get $cmul)))
          (local.set $x (f64.add (f64x2.extract_lane 0 (local.get $r)) (f64x2.extract_lane 1 (local.get $r))))
          (if (i32.lt_s (local.get $n) (local.get $minL)) (then (local.set $minL (local.get $n))))
          (if (i32.gt_s (local.get $n) (local.get $maxL)) (then (local.set $maxL (local.get $n))))
          (if (local.get $have) (then   ;; the previous value, as below
            (local.set $count (f64.add (local.get $count) (local.get $one)))
            (local.set $delta (f64.sub (local.get $px) (local.get $mean)))
            (local.set $mean (f64.add (local.get $mean) (f64.div (local.get $delta) (local.get $count))))
            (local.set $m2 (f64.add (local.get $m2) (f64.mul (local.get $delta) (f64.sub (local.get $px) (local.get $mean)))))
            (if (f64.lt (local.get $px) (local.get $min)) (then (local.set $min (local.get $px))))
            (if (f64.gt (local.get $px) (local.get $max)) (then (local.set $max (local.get $px))))
            (f64.store (local.get $o) (local.get $px))
            (local.set $o (i32.add (local.get $o) (i32.const 8)))
          ))
          (local.set $px (local.get $x))
          (local.set $have (i32.const 1))
          (local.set $record (i32.add (local.get $record) (i32.const 1)))
          (local.set $at (i32.add (local.get $at) (local.get $width)))
          (br $next)))
        ;; close the gap of the '.': lanes up to it take their left neighbour. $s: lanes at or before the
        ;; (only) '.'; per 64-bit half e | (e - 1) marks them when the half holds it, and the low half is all
        ;; before a '.' in the high half
        (local.set $s (i64x2.eq (local.get $e) (v128.xor (local.get $e) (local.get $e))))   ;; half without '.'
        (local.set $s (v128.andnot
          (v128.or (local.get $e) (i64x2.add (local.get $e) (i8x16.eq (local.get $e) (local.get $e))))
          (v128.and (local.get $s) (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $s) (local.get $s)))))
        (local.set $r (v128.bitselect
          (i8x16.shuffle 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 (v128.xor (local.get $r) (local.get $r)) (local.get $r))
          (local.get $r) (local.get $s)))
        ;; digit pairs: (a + 256 b) * 2561 = a + 256 (10 a + b) mod 2^16; then 4 and 8 digits
        (local.set $r (i16x8.shr_u (i16x8.mul (local.get $r) (local.get $c2561)) (i32.const 8)))
        (local.set $r (i32x4.dot_i16x8_s (local.get $r) (local.get $c100)))
        (local.set $r (i32x4.dot_i16x8_s (i16x8.narrow_i32x4_u (local.get $r) (local.get $r)) (local.get $c10000)))
        ;; [hi, lo] * [1e8, 1], summed: the mantissa, exact below 2^53
        (local.set $r (f64x2.mul (f64x2.convert_low_i32x4_s (local.get $r)) (local.get $cmul)))
        ;; mantissa / (+-10^frac): one correctly rounded division with the sign of -(m / 10^f); 10^0 = 1 is exact.
        ;; frac = 15 - lane of the '.', or 0 (as if a '.' ended the field) without one
        (local.set $x (f64.div
          (f64.add (f64x2.extract_lane 0 (local.get $r)) (f64x2.extract_lane 1 (local.get $r)))
          (f64.reinterpret_i64 (i64.or
            (i64.load offset=192 (i32.shl (i32.sub (i32.const 15) (i32.ctz (i32.or (local.get $dot) (i32.const 0x8000)))) (i32.const 3)))
            (i64.shl (i64.extend_i32_u (local.get $neg)) (i64.const 63))))))
        (local.set $points (i32.add (local.get $points) (local.get $point)))
        (if (i32.lt_s (local.get $n) (local.get $minL)) (then (local.set $minL (local.get $n))))
        (if (i32.gt_s (local.get $n) (local.get $maxL)) (then (local.set $maxL (local.get $n))))
        ;; software pipelined: the moments take the previous value while this one is parsed
        (if (local.get $have) (then
        (local.set $count (f64.add (local.get $count) (local.get $one)))
        (local.set $delta (f64.sub (local.get $px) (local.get $mean)))
        (local.set $mean (f64.add (local.get $mean) (f64.div (local.get $delta) (local.get $count))))
        (local.set $m2 (f64.add (local.get $m2) (f64.mul (local.get $delta) (f64.sub (local.get $px) (local.get $mean)))))
        (if (f64.lt (local.get $px) (local.get $min)) (then (local.set $min (local.get $px))))
        (if (f64.gt (local.get $px) (local.get $max)) (then (local.set $max (local.get $px))))
        (f64.store (local.get $o) (local.get $px))
        (local.set $o (i32.add (local.get $o) (i32.const 8)))
        ))
        (local.set $px (local.get $x))
        (local.set $have (i32.const 1))
        (local.set $record (i32.add (local.get $record) (i32.const 1)))
        (local.set $at (i32.add (local.get $at) (local.get $width)))
        (br $next)))
    (if (local.get $have) (then
        (local.set $count (f64.add (local.get $count) (local.get $one)))
        (local.set $delta (f64.sub (local.get $px) (local.get $mean)))
        (local.set $mean (f64.add (local.get $mean) (f64.div (local.get $delta) (local.get $count))))
        (local.set $m2 (f64.add (local.get $m2) (f64.mul (local.get $delta) (f64.sub (local.get $px) (local.get $mean)))))
        (if (f64.lt (local.get $px) (local.get $min)) (then (local.set $min (local.get $px))))
        (if (f64.gt (local.get $px) (local.get $max)) (then (local.set $max (local.get $px))))
        (f64.store (local.get $o) (local.get $px))
        (local.set $o (i32.add (local.get $o) (i32.const 8)))
    ))
    (local.set $o (i32.shr_u (i32.sub (local.get $o) (local.get $out)) (i32.const 3)))   ;; values
    (f64.store (local.get $state) (local.get $count))
    (f64.store offset=8 (local.get $state) (local.get $mean))
    (f64.store offset=16 (local.get $state) (local.get $m2))
    (f64.store offset=24 (local.get $state) (local.get $min))
    (f64.store offset=32 (local.get $state) (local.get $max))
    (i32.store offset=40 (local.get $state) (i32.sub (i32.sub (local.get $record) (local.get $from)) (local.get $o)))
    (i32.store offset=44 (local.get $state) (local.get $o))
    (i32.store offset=48 (local.get $state) (i32.sub (local.get $o) (local.get $points)))
    (i32.store offset=52 (local.get $state) (local.get $booleans))
    (i32.store offset=56 (local.get $state) (local.get $minL))
    (i32.store offset=60 (local.get $state) (local.get $maxL))
    (i32.store offset=64 (local.get $state) (local.get $o))
    (local.get $record))

  ;; ColumnProfile.addCsvTexts's loop (src/stats/column-profile.ts), for field $field of records $from to
  ;; $records: text that cannot start a number or a timestamp, escaped text (its doubled quotes counted left to
  ;; right, as replaceAll finds them) and nulls, up to the first field that is none of these, whose record it
  ;; returns. A field's length is its UTF-16 length: its byte length when $ascii (the batch is all ASCII), else
  ;; one unit per byte that starts a character and two for a four-byte one (CsvTokenizer.utf16Length).
  ;;
  ;; ColumnProfile.addCsvTimes's loop: timestamps in parseIsoTimestampCommon's layouts (YYYY-MM-DD, and with
  ;; [T ]hh:mm:ss, .fff, Z) and nulls; the milliseconds (exact integers, daysFromCivil computed directly) are
  ;; summed as Moments.add sums them and go to f64s at $out, as numbers' values do.
  ;;
  ;; Both are an engineer's work (from /tmp/mb-tt): differential tests against the JavaScript found no
  ;; difference over 800,000 fields and every date of 0000..9999; SIMD counts UTF-16 units and finds the "" pairs
  ;; of long fields, reading the 16 bytes that end at a field's end (never past it).
  ;; texts: state i32 +40 nulls +44 values +52 booleans +56 minLength +60 maxLength (numbers' layout)
  (func (export "texts") (param $base i32) (param $starts i32) (param $ends i32) (param $esc i32)
    (param $width i32) (param $field i32) (param $from i32) (param $records i32) (param $ascii i32) (param $state i32)
    (result i32)
    ;; one loop per case, so the all-ASCII loop carries no UTF-16 count (measured: ~1 ns/field)
    (if (result i32) (local.get $ascii)
      (then (call $texts_ascii (local.get $base) (local.get $starts) (local.get $ends) (local.get $esc) (local.get $width)
        (local.get $field) (local.get $from) (local.get $records) (local.get $ascii) (local.get $state)))
      (else (call $texts_utf8 (local.get $base) (local.get $starts) (local.get $ends) (local.get $esc) (local.get $width)
        (local.get $field) (local.get $from) (local.get $records) (local.get $ascii) (local.get $state)))))
  ;; the loop for an all-ASCII batch: the length is the byte length
  (func $texts_ascii (param $base i32) (param $starts i32) (param $ends i32) (param $esc i32)
    (param $width i32) (param $field i32) (param $from i32) (param $records i32) (param $ascii i32) (param $state i32)
    (result i32)
    (local $record i32) (local $at i32) (local $sp i32) (local $stride i32) (local $edelta i32)
    (local $start i32) (local $end i32) (local $p i32) (local $n i32) (local $first i32) (local $last i32)
    (local $len i32) (local $nulls i32) (local $values i32) (local $booleans i32) (local $minL i32) (local $maxL i32)
    (local $i i32) (local $lim i32) (local $pairs i32)
    (local $q i32) (local $e i32) (local $b i32) (local $ulen i32) (local $v v128) (local $r i32)
    (local.set $minL (i32.load offset=56 (local.get $state)))
    (local.set $maxL (i32.load offset=60 (local.get $state)))
    (local.set $record (local.get $from))
    (local.set $at (i32.add (i32.mul (local.get $from) (local.get $width)) (local.get $field)))
    (local.set $sp (i32.add (local.get $starts) (i32.shl (local.get $at) (i32.const 2))))
    (local.set $stride (i32.shl (local.get $width) (i32.const 2)))
    (local.set $edelta (i32.sub (local.get $ends) (local.get $starts)))
    (block $done
      (br_if $done (i32.ge_s (local.get $record) (local.get $records)))
      (loop $next
        (local.set $start (i32.load (local.get $sp)))
        (local.set $end (i32.load (i32.add (local.get $sp) (local.get $edelta))))
        (block $skip
          (if (i32.eq (local.get $start) (local.get $end))
            (then (local.set $nulls (i32.add (local.get $nulls) (i32.const 1))) (br $skip)))
          (local.set $p (i32.add (local.get $base) (local.get $start)))
          (local.set $n (i32.sub (local.get $end) (local.get $start)))
          (local.set $first (i32.load8_u (local.get $p)))
          (local.set $last (i32.load8_u (i32.add (local.get $p) (i32.sub (local.get $n) (i32.const 1)))))
          (br_if $done (i32.or (i32.gt_u (i32.sub (local.get $first) (i32.const 33)) (i32.const 93))
                               (i32.gt_u (i32.sub (local.get $last) (i32.const 33)) (i32.const 93))))
          (local.set $len (local.get $n))
          (if (i32.eq (i32.load8_u (i32.add (local.get $esc) (local.get $at))) (i32.const 1))
            (then
              ;; non-overlapping "" pairs, left to right
              (local.set $pairs (i32.const 0))
              (local.set $i (i32.add (local.get $p) (local.get $n)))
              (if (i32.and (i32.le_u (local.get $n) (i32.const 16)) (i32.ge_u (local.get $i) (i32.const 16)))
                (then
                  ;; the field's quotes as a mask (the 16 bytes ending at its end, earlier bytes shifted out); take
                  ;; the lowest quote, and the next bit with it when that is a quote too
                  (local.set $i (i32.shr_u
                    (i8x16.bitmask (i8x16.eq (v128.load (i32.sub (local.get $i) (i32.const 16))) (v128.const i8x16 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34)))
                    (i32.sub (i32.const 16) (local.get $n))))
                  (block $qe (loop $ql
                    (br_if $qe (i32.eqz (local.get $i)))
                    (local.set $lim (i32.and (i32.shr_u (local.get $i) (i32.add (i32.ctz (local.get $i)) (i32.const 1))) (i32.const 1)))
                    (local.set $pairs (i32.add (local.get $pairs) (local.get $lim)))
                    (local.set $i (i32.and (i32.and (local.get $i) (i32.sub (local.get $i) (i32.const 1)))
                      (i32.xor (i32.shl (local.get $lim) (i32.add (i32.ctz (local.get $i)) (i32.const 1))) (i32.const -1))))
                    (br $ql))))
                (else
              (local.set $i (local.get $p))
              (local.set $lim (i32.add (local.get $p) (i32.sub (local.get $n) (i32.const 1))))
              (block $pe (loop $pl
                (br_if $pe (i32.ge_u (local.get $i) (local.get $lim)))
                (if (i32.eq (i32.load16_u (local.get $i)) (i32.const 0x2222))
                  (then (local.set $pairs (i32.add (local.get $pairs) (i32.const 1)))
                        (local.set $i (i32.add (local.get $i) (i32.const 2))))
                  (else (local.set $i (i32.add (local.get $i) (i32.const 1)))))
                (br $pl)))))
              (br_if $done (i32.eqz (local.get $pairs)))
              (local.set $len (i32.sub (local.get $len) (local.get $pairs))))
            (else
              (br_if $done (i32.le_u (i32.sub (local.get $first) (i32.const 43)) (i32.const 14)))
              (if (i32.le_u (i32.sub (local.get $n) (i32.const 4)) (i32.const 1))
                (then
                  (local.set $booleans (i32.add (local.get $booleans)
                    (if (result i32) (i32.eq (local.get $n) (i32.const 4))
                      (then (i32.eq (i32.or (i32.load (local.get $p)) (i32.const 0x20202020)) (i32.const 0x65757274)))
                      (else (i32.and
                        (i32.eq (i32.or (i32.load (local.get $p)) (i32.const 0x20202020)) (i32.const 0x736c6166))
                        (i32.eq (i32.or (i32.load8_u offset=4 (local.get $p)) (i32.const 0x20)) (i32.const 0x65)))))))))))
          (local.set $values (i32.add (local.get $values) (i32.const 1)))
          (local.set $minL (select (local.get $len) (local.get $minL) (i32.lt_s (local.get $len) (local.get $minL))))
          (local.set $maxL (select (local.get $len) (local.get $maxL) (i32.gt_s (local.get $len) (local.get $maxL)))))
        (local.set $sp (i32.add (local.get $sp) (local.get $stride)))
        (local.set $at (i32.add (local.get $at) (local.get $width)))
        (local.set $record (i32.add (local.get $record) (i32.const 1)))
        (br_if $next (i32.lt_s (local.get $record) (local.get $records)))))
    (i32.store offset=40 (local.get $state) (local.get $nulls))
    (i32.store offset=44 (local.get $state) (local.get $values))
    (i32.store offset=52 (local.get $state) (local.get $booleans))
    (i32.store offset=56 (local.get $state) (local.get $minL))
    (i32.store offset=60 (local.get $state) (local.get $maxL))
    (local.get $record))

  ;; the same loop, the length counted in UTF-16 units (utf16Length)
  (func $texts_utf8 (param $base i32) (param $starts i32) (param $ends i32) (param $esc i32)
    (param $width i32) (param $field i32) (param $from i32) (param $records i32) (param $ascii i32) (param $state i32)
    (result i32)
    (local $record i32) (local $at i32) (local $sp i32) (local $stride i32) (local $edelta i32)
    (local $start i32) (local $end i32) (local $p i32) (local $n i32) (local $first i32) (local $last i32)
    (local $len i32) (local $nulls i32) (local $values i32) (local $booleans i32) (local $minL i32) (local $maxL i32)
    (local $i i32) (local $lim i32) (local $pairs i32)
    (local $q i32) (local $e i32) (local $b i32) (local $ulen i32) (local $v v128) (local $r i32)
    (local.set $minL (i32.load offset=56 (local.get $state)))
    (local.set $maxL (i32.load offset=60 (local.get $state)))
    (local.set $record (local.get $from))
    (local.set $at (i32.add (i32.mul (local.get $from) (local.get $width)) (local.get $field)))
    (local.set $sp (i32.add (local.get $starts) (i32.shl (local.get $at) (i32.const 2))))
    (local.set $stride (i32.shl (local.get $width) (i32.const 2)))
    (local.set $edelta (i32.sub (local.get $ends) (local.get $starts)))
    (block $done
      (br_if $done (i32.ge_s (local.get $record) (local.get $records)))
      (loop $next
        (local.set $start (i32.load (local.get $sp)))
        (local.set $end (i32.load (i32.add (local.get $sp) (local.get $edelta))))
        (block $skip
          (if (i32.eq (local.get $start) (local.get $end))
            (then (local.set $nulls (i32.add (local.get $nulls) (i32.const 1))) (br $skip)))
          (local.set $p (i32.add (local.get $base) (local.get $start)))
          (local.set $n (i32.sub (local.get $end) (local.get $start)))
          (local.set $first (i32.load8_u (local.get $p)))
          (local.set $last (i32.load8_u (i32.add (local.get $p) (i32.sub (local.get $n) (i32.const 1)))))
          (br_if $done (i32.or (i32.gt_u (i32.sub (local.get $first) (i32.const 33)) (i32.const 93))
                               (i32.gt_u (i32.sub (local.get $last) (i32.const 33)) (i32.const 93))))
          ;; UTF-16 length of the n > 0 bytes at p: +1 per byte < 0x80 or >= 0xC0, +1 more per byte >= 0xF0,
          ;; i.e. n - #(0x80..0xBF) + #(>= 0xF0)
          (local.set $len (block $u (result i32)
              (local.set $q (local.get $p))
              (local.set $ulen (i32.const 0))
    (local.set $e (i32.add (local.get $q) (local.get $n)))
    (if (i32.lt_u (local.get $n) (i32.const 16))
      (then
        ;; the 16 bytes ending at e (bytes before the field masked off), where memory has them
        (if (i32.ge_u (local.get $e) (i32.const 16)) (then
          (local.set $v (v128.load (i32.sub (local.get $e) (i32.const 16))))
          (br $u (i32.add (i32.sub (local.get $n)
              (i32.popcnt (i32.shr_u (i8x16.bitmask (i8x16.lt_s (local.get $v) (v128.const i8x16 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64))) (i32.sub (i32.const 16) (local.get $n)))))
            (i32.popcnt (i32.shr_u (i8x16.bitmask (i8x16.ge_u (local.get $v) (v128.const i8x16 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0))) (i32.sub (i32.const 16) (local.get $n))))))))
        (block $d (loop $l
          (local.set $b (i32.load8_u (local.get $q)))
          (local.set $ulen (i32.add (local.get $ulen)
            (i32.add (i32.lt_u (local.get $b) (i32.const 0x80))
              (i32.add (i32.ge_u (local.get $b) (i32.const 0xC0)) (i32.ge_u (local.get $b) (i32.const 0xF0))))))
          (local.set $q (i32.add (local.get $q) (i32.const 1)))
          (br_if $l (i32.lt_u (local.get $q) (local.get $e)))))
        (br $u (local.get $ulen))))
    ;; n >= 16: whole chunks, then the last 16 bytes with the already counted lanes masked off
    (local.set $ulen (local.get $n))
    (loop $c
      (local.set $v (v128.load (local.get $q)))
      (local.set $ulen (i32.add (i32.sub (local.get $ulen)
          (i32.popcnt (i8x16.bitmask (i8x16.lt_s (local.get $v) (v128.const i8x16 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64)))))
        (i32.popcnt (i8x16.bitmask (i8x16.ge_u (local.get $v) (v128.const i8x16 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0))))))
      (local.set $q (i32.add (local.get $q) (i32.const 16)))
      (br_if $c (i32.le_u (i32.add (local.get $q) (i32.const 16)) (local.get $e))))
    (local.set $r (i32.sub (local.get $e) (local.get $q)))
    (if (local.get $r) (then
      (local.set $v (v128.load (i32.sub (local.get $e) (i32.const 16))))
      (local.set $ulen (i32.add (i32.sub (local.get $ulen)
          (i32.popcnt (i32.shr_u (i8x16.bitmask (i8x16.lt_s (local.get $v) (v128.const i8x16 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64 -64))) (i32.sub (i32.const 16) (local.get $r)))))
        (i32.popcnt (i32.shr_u (i8x16.bitmask (i8x16.ge_u (local.get $v) (v128.const i8x16 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0 0xF0))) (i32.sub (i32.const 16) (local.get $r))))))))
              (local.get $ulen)))
          (if (i32.eq (i32.load8_u (i32.add (local.get $esc) (local.get $at))) (i32.const 1))
            (then
              ;; non-overlapping "" pairs, left to right
              (local.set $pairs (i32.const 0))
              (local.set $i (i32.add (local.get $p) (local.get $n)))
              (if (i32.and (i32.le_u (local.get $n) (i32.const 16)) (i32.ge_u (local.get $i) (i32.const 16)))
                (then
                  ;; the field's quotes as a mask (the 16 bytes ending at its end, earlier bytes shifted out); take
                  ;; the lowest quote, and the next bit with it when that is a quote too
                  (local.set $i (i32.shr_u
                    (i8x16.bitmask (i8x16.eq (v128.load (i32.sub (local.get $i) (i32.const 16))) (v128.const i8x16 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34)))
                    (i32.sub (i32.const 16) (local.get $n))))
                  (block $qe (loop $ql
                    (br_if $qe (i32.eqz (local.get $i)))
                    (local.set $lim (i32.and (i32.shr_u (local.get $i) (i32.add (i32.ctz (local.get $i)) (i32.const 1))) (i32.const 1)))
                    (local.set $pairs (i32.add (local.get $pairs) (local.get $lim)))
                    (local.set $i (i32.and (i32.and (local.get $i) (i32.sub (local.get $i) (i32.const 1)))
                      (i32.xor (i32.shl (local.get $lim) (i32.add (i32.ctz (local.get $i)) (i32.const 1))) (i32.const -1))))
                    (br $ql))))
                (else
              (local.set $i (local.get $p))
              (local.set $lim (i32.add (local.get $p) (i32.sub (local.get $n) (i32.const 1))))
              (block $pe (loop $pl
                (br_if $pe (i32.ge_u (local.get $i) (local.get $lim)))
                (if (i32.eq (i32.load16_u (local.get $i)) (i32.const 0x2222))
                  (then (local.set $pairs (i32.add (local.get $pairs) (i32.const 1)))
                        (local.set $i (i32.add (local.get $i) (i32.const 2))))
                  (else (local.set $i (i32.add (local.get $i) (i32.const 1)))))
                (br $pl)))))
              (br_if $done (i32.eqz (local.get $pairs)))
              (local.set $len (i32.sub (local.get $len) (local.get $pairs))))
            (else
              (br_if $done (i32.le_u (i32.sub (local.get $first) (i32.const 43)) (i32.const 14)))
              (if (i32.le_u (i32.sub (local.get $n) (i32.const 4)) (i32.const 1))
                (then
                  (local.set $booleans (i32.add (local.get $booleans)
                    (if (result i32) (i32.eq (local.get $n) (i32.const 4))
                      (then (i32.eq (i32.or (i32.load (local.get $p)) (i32.const 0x20202020)) (i32.const 0x65757274)))
                      (else (i32.and
                        (i32.eq (i32.or (i32.load (local.get $p)) (i32.const 0x20202020)) (i32.const 0x736c6166))
                        (i32.eq (i32.or (i32.load8_u offset=4 (local.get $p)) (i32.const 0x20)) (i32.const 0x65)))))))))))
          (local.set $values (i32.add (local.get $values) (i32.const 1)))
          (local.set $minL (select (local.get $len) (local.get $minL) (i32.lt_s (local.get $len) (local.get $minL))))
          (local.set $maxL (select (local.get $len) (local.get $maxL) (i32.gt_s (local.get $len) (local.get $maxL)))))
        (local.set $sp (i32.add (local.get $sp) (local.get $stride)))
        (local.set $at (i32.add (local.get $at) (local.get $width)))
        (local.set $record (i32.add (local.get $record) (i32.const 1)))
        (br_if $next (i32.lt_s (local.get $record) (local.get $records)))))
    (i32.store offset=40 (local.get $state) (local.get $nulls))
    (i32.store offset=44 (local.get $state) (local.get $values))
    (i32.store offset=52 (local.get $state) (local.get $booleans))
    (i32.store offset=56 (local.get $state) (local.get $minL))
    (i32.store offset=60 (local.get $state) (local.get $maxL))
    (local.get $record))

  ;; times: state f64 +0 count +8 mean +16 m2 +24 min +32 max; i32 +40 nulls +44 values +56 minLength +60 maxLength +64 written
  (func (export "times") (param $base i32) (param $starts i32) (param $ends i32) (param $esc i32)
    (param $width i32) (param $field i32) (param $from i32) (param $records i32) (param $out i32) (param $state i32)
    (result i32)
    (local $record i32) (local $at i32) (local $sp i32) (local $stride i32) (local $edelta i32)
    (local $start i32) (local $end i32) (local $p i32) (local $n i32) (local $first i32)
    (local $nulls i32) (local $values i32) (local $minL i32) (local $maxL i32) (local $k i32)
    (local $bad i32) (local $d0 i32) (local $d1 i32) (local $d2 i32) (local $d3 i32)
    (local $year i32) (local $month i32) (local $day i32) (local $y i32) (local $era i32) (local $yoe i32) (local $days i32)
    (local $hour i32) (local $minute i32) (local $second i32) (local $ms i32) (local $sep i32) (local $tod i32)
    (local $w1 i64) (local $w2 i64) (local $w3 i32) (local $w4 i32) (local $v v128)
    (local $x f64) (local $count f64) (local $mean f64) (local $m2 f64) (local $min f64) (local $max f64) (local $delta f64)
    (local.set $count (f64.load (local.get $state)))
    (local.set $mean (f64.load offset=8 (local.get $state)))
    (local.set $m2 (f64.load offset=16 (local.get $state)))
    (local.set $min (f64.load offset=24 (local.get $state)))
    (local.set $max (f64.load offset=32 (local.get $state)))
    (local.set $minL (i32.load offset=56 (local.get $state)))
    (local.set $maxL (i32.load offset=60 (local.get $state)))
    (local.set $record (local.get $from))
    (local.set $at (i32.add (i32.mul (local.get $from) (local.get $width)) (local.get $field)))
    (local.set $sp (i32.add (local.get $starts) (i32.shl (local.get $at) (i32.const 2))))
    (local.set $stride (i32.shl (local.get $width) (i32.const 2)))
    (local.set $edelta (i32.sub (local.get $ends) (local.get $starts)))
    (block $done
      (br_if $done (i32.ge_s (local.get $record) (local.get $records)))
      (loop $next
        (local.set $start (i32.load (local.get $sp)))
        (local.set $end (i32.load (i32.add (local.get $sp) (local.get $edelta))))
        (block $skip
          (if (i32.eq (local.get $start) (local.get $end))
            (then (local.set $nulls (i32.add (local.get $nulls) (i32.const 1))) (br $skip)))
          (local.set $n (i32.sub (local.get $end) (local.get $start)))
          (br_if $done (i32.lt_s (local.get $n) (i32.const 10)))
          (local.set $p (i32.add (local.get $base) (local.get $start)))
          (br_if $done (i32.ne (i32.load8_u offset=4 (local.get $p)) (i32.const 45)))
          (br_if $done (i32.eq (i32.load8_u (i32.add (local.get $esc) (local.get $at))) (i32.const 1)))
          (local.set $first (i32.load8_u (local.get $p)))
          (br_if $done (i32.gt_u (i32.sub (local.get $first) (i32.const 43)) (i32.const 14)))
          ;; parseIsoTimestampCommon: n in {10, 19, 20, 23, 24}
          (br_if $done (i32.or (i32.gt_u (i32.sub (local.get $n) (i32.const 10)) (i32.const 14))
            (i32.eqz (i32.and (i32.shl (i32.const 1) (i32.sub (local.get $n) (i32.const 10))) (i32.const 0x6601)))))
          (if (i32.eq (local.get $n) (i32.const 10))
            (then
              ;; bytes 0..7 "YYYY-MM-" checked at once: each digit lane's high nibble is 3 and stays 3 after +6
              ;; (a carry out of a lane starts only in a lane whose high nibble is F, which already fails)
              (local.set $w1 (i64.load (local.get $p)))
              (br_if $done (i64.ne (i64.or
                  (i64.xor (i64.and (local.get $w1) (i64.const 0xFFF0F0FFF0F0F0F0)) (i64.const 0x2D30302D30303030))
                  (i64.xor (i64.and (i64.add (local.get $w1) (i64.const 0x0006060006060606)) (i64.const 0x00F0F000F0F0F0F0)) (i64.const 0x0030300030303030)))
                (i64.const 0)))
              ;; every lane i becomes 10 * digit i + digit i+1 (<= 165: no carry); the two-digit numbers start at lanes 0, 2, 5
              (local.set $w1 (i64.and (local.get $w1) (i64.const 0x0F0F0F0F0F0F0F0F)))
              (local.set $w1 (i64.add (i64.mul (local.get $w1) (i64.const 10)) (i64.shr_u (local.get $w1) (i64.const 8))))
              (local.set $d0 (i32.wrap_i64 (local.get $w1)))
              (local.set $year (i32.add (i32.mul (i32.and (local.get $d0) (i32.const 0xFF)) (i32.const 100)) (i32.and (i32.shr_u (local.get $d0) (i32.const 16)) (i32.const 0xFF))))
              (local.set $month (i32.and (i32.wrap_i64 (i64.shr_u (local.get $w1) (i64.const 40))) (i32.const 0xFF)))
              ;; bytes 8..9 "DD"
              (local.set $d0 (i32.load16_u offset=8 (local.get $p)))
              (br_if $done (i32.or
                (i32.xor (i32.and (local.get $d0) (i32.const 0xF0F0)) (i32.const 0x3030))
                (i32.xor (i32.and (i32.add (local.get $d0) (i32.const 0x0606)) (i32.const 0xF0F0)) (i32.const 0x3030))))
              (local.set $day (i32.add (i32.mul (i32.and (local.get $d0) (i32.const 15)) (i32.const 10))
                                       (i32.and (i32.shr_u (local.get $d0) (i32.const 8)) (i32.const 15))))
              (br_if $done (i32.or (i32.gt_u (i32.sub (local.get $month) (i32.const 1)) (i32.const 11))
                                   (i32.gt_u (i32.sub (local.get $day) (i32.const 1)) (i32.const 30))))
              (local.set $tod (i32.const 0)))
            (else
              ;; bytes 0..3 "YYYY" (SWAR, as for n = 10), then bytes 3..18 "Y-MM-DD?hh:mm:ss" in one vector: lane - C <= L
              ;; per lane (a digit: 0..9; '-' and ':' exactly; lane 7, the separator, apart)
              (local.set $w3 (i32.load (local.get $p)))
              (br_if $done (i32.or
                (i32.xor (i32.and (local.get $w3) (i32.const 0xF0F0F0F0)) (i32.const 0x30303030))
                (i32.xor (i32.and (i32.add (local.get $w3) (i32.const 0x06060606)) (i32.const 0xF0F0F0F0)) (i32.const 0x30303030))))
              (local.set $d0 (i32.and (local.get $w3) (i32.const 0x0F0F0F0F)))
              (local.set $d0 (i32.and (i32.add (i32.mul (local.get $d0) (i32.const 10)) (i32.shr_u (local.get $d0) (i32.const 8))) (i32.const 0x00FF00FF)))
              (local.set $year (i32.add (i32.mul (i32.and (local.get $d0) (i32.const 0xFF)) (i32.const 100)) (i32.shr_u (local.get $d0) (i32.const 16))))
              (local.set $v (v128.load offset=3 (local.get $p)))
              (local.set $sep (i8x16.extract_lane_u 7 (local.get $v)))
              (local.set $v (i8x16.sub (local.get $v) (v128.const i8x16 48 45 48 48 45 48 48 0 48 48 58 48 48 58 48 48)))
              (br_if $done (i32.or
                (i32.eqz (i8x16.all_true (i8x16.le_u (local.get $v) (v128.const i8x16 9 0 9 9 0 9 9 255 9 9 0 9 9 0 9 9))))
                (i32.and (i32.ne (local.get $sep) (i32.const 84)) (i32.ne (local.get $sep) (i32.const 32)))))
              ;; tens digits to lanes 0..4, ones to 8..12: 10 * tens + ones in i16 lanes 0..4 = month, day, hour, minute, second
              (local.set $v (i8x16.shuffle 2 5 8 11 14 0 0 0 3 6 9 12 15 0 0 0 (local.get $v) (local.get $v)))
              (local.set $v (i16x8.add (i16x8.mul (i16x8.extend_low_i8x16_u (local.get $v)) (v128.const i16x8 10 10 10 10 10 10 10 10))
                                       (i16x8.extend_high_i8x16_u (local.get $v))))
              ;; month 1..12, day 1..31, hour 0..24, minute and second 0..59 (lanes 5..7 unused)
              (br_if $done (i32.eqz (i16x8.all_true (i16x8.le_u
                (i16x8.sub (local.get $v) (v128.const i16x8 1 1 0 0 0 0 0 0))
                (v128.const i16x8 11 30 24 59 59 -1 -1 -1)))))
              (local.set $month (i16x8.extract_lane_u 0 (local.get $v)))
              (local.set $day (i16x8.extract_lane_u 1 (local.get $v)))
              (local.set $hour (i16x8.extract_lane_u 2 (local.get $v)))
              (local.set $minute (i16x8.extract_lane_u 3 (local.get $v)))
              (local.set $second (i16x8.extract_lane_u 4 (local.get $v)))
              (local.set $ms (i32.const 0))
              (if (i32.ne (i32.and (local.get $n) (i32.const 3)) (i32.const 3)) ;; n = 20 or 24: a Z last
                (then (br_if $done (i32.ne (i32.load8_u (i32.add (local.get $p) (i32.sub (local.get $n) (i32.const 1)))) (i32.const 90)))))
              (if (i32.ge_u (local.get $n) (i32.const 23)) (then
                (local.set $w4 (i32.load offset=19 (local.get $p)))
                (br_if $done (i32.or
                  (i32.xor (i32.and (local.get $w4) (i32.const 0xF0F0F0FF)) (i32.const 0x3030302E))
                  (i32.xor (i32.and (i32.add (local.get $w4) (i32.const 0x06060600)) (i32.const 0xF0F0F000)) (i32.const 0x30303000))))
                (local.set $ms (i32.add (i32.add
                  (i32.mul (i32.and (i32.shr_u (local.get $w4) (i32.const 8)) (i32.const 15)) (i32.const 100))
                  (i32.mul (i32.and (i32.shr_u (local.get $w4) (i32.const 16)) (i32.const 15)) (i32.const 10)))
                  (i32.and (i32.shr_u (local.get $w4) (i32.const 24)) (i32.const 15))))))
              (br_if $done (i32.and (i32.eq (local.get $hour) (i32.const 24))
                (i32.ne (i32.or (i32.or (local.get $minute) (local.get $second)) (local.get $ms)) (i32.const 0))))
              (local.set $tod (i32.add (i32.add (i32.mul (local.get $hour) (i32.const 3600000)) (i32.mul (local.get $minute) (i32.const 60000)))
                                       (i32.add (i32.mul (local.get $second) (i32.const 1000)) (local.get $ms))))))
          ;; daysFromCivil(year, month, day), exactly: with Y = y + 400 >= 399 (y = year - (month <= 2) >= -1) every
          ;; floor is a truncating division, era * 146097 + dayOfEra = Y*365 + Y/4 - Y/100 + Y/400 - 146097,
          ;; and Y/400 = (Y/100)/4
          (local.set $y (i32.sub (i32.add (local.get $year) (i32.const 400)) (i32.le_u (local.get $month) (i32.const 2))))
          (local.set $era (i32.div_u (local.get $y) (i32.const 100)))
          (local.set $days (i32.add
            (i32.add (i32.mul (local.get $y) (i32.const 365)) (i32.shr_u (local.get $y) (i32.const 2)))
            (i32.add (i32.sub (i32.shr_u (local.get $era) (i32.const 2)) (local.get $era))
              (i32.add (i32.div_u (i32.add (i32.mul (i32.const 153)
                  (select (i32.sub (local.get $month) (i32.const 3)) (i32.add (local.get $month) (i32.const 9)) (i32.gt_u (local.get $month) (i32.const 2))))
                  (i32.const 2)) (i32.const 5))
                (i32.sub (local.get $day) (i32.const 865566))))))
          (local.set $x (f64.convert_i64_s (i64.add (i64.mul (i64.extend_i32_s (local.get $days)) (i64.const 86400000)) (i64.extend_i32_u (local.get $tod)))))
          (local.set $values (i32.add (local.get $values) (i32.const 1)))
          (local.set $minL (select (local.get $n) (local.get $minL) (i32.lt_s (local.get $n) (local.get $minL))))
          (local.set $maxL (select (local.get $n) (local.get $maxL) (i32.gt_s (local.get $n) (local.get $maxL))))
          (local.set $count (f64.add (local.get $count) (f64.const 1)))
          (local.set $delta (f64.sub (local.get $x) (local.get $mean)))
          (local.set $mean (f64.add (local.get $mean) (f64.div (local.get $delta) (local.get $count))))
          (local.set $m2 (f64.add (local.get $m2) (f64.mul (local.get $delta) (f64.sub (local.get $x) (local.get $mean)))))
          (if (f64.lt (local.get $x) (local.get $min)) (then (local.set $min (local.get $x))))
          (if (f64.gt (local.get $x) (local.get $max)) (then (local.set $max (local.get $x))))
          (f64.store (i32.add (local.get $out) (i32.shl (local.get $k) (i32.const 3))) (local.get $x))
          (local.set $k (i32.add (local.get $k) (i32.const 1))))
        (local.set $sp (i32.add (local.get $sp) (local.get $stride)))
        (local.set $at (i32.add (local.get $at) (local.get $width)))
        (local.set $record (i32.add (local.get $record) (i32.const 1)))
        (br_if $next (i32.lt_s (local.get $record) (local.get $records)))))
    (f64.store (local.get $state) (local.get $count))
    (f64.store offset=8 (local.get $state) (local.get $mean))
    (f64.store offset=16 (local.get $state) (local.get $m2))
    (f64.store offset=24 (local.get $state) (local.get $min))
    (f64.store offset=32 (local.get $state) (local.get $max))
    (i32.store offset=40 (local.get $state) (local.get $nulls))
    (i32.store offset=44 (local.get $state) (local.get $values))
    (i32.store offset=56 (local.get $state) (local.get $minL))
    (i32.store offset=60 (local.get $state) (local.get $maxL))
    (i32.store offset=64 (local.get $state) (local.get $k))
    (local.get $record))
)
