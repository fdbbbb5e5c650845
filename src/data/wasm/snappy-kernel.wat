;; Snappy decompression (src/data/snappy.ts loads it; compiled by scripts/build-wasm.mjs (wabt) into
;; snappy-kernel-wasm.ts next to this file).
;;
;; `uncompress` decodes the stream at $in .. $in + $inLen into $out .. $out + $outLen and answers 0 when the
;; stream fills the output exactly, 1 otherwise. It answers 1 wherever snappy.ts's JavaScript decoder
;; (hyparquet's) throws, and also where that decoder would not throw but reads or writes outside the ranges
;; (negative lengths and offsets from 32-bit fields): the caller then runs the JavaScript decoder on the same
;; input, which throws its error or gives its output. So a 0 means: the same bytes the JavaScript decoder
;; writes. The checks are the JavaScript decoder's, in its order.
;;
;; Both ranges must be followed by 16 bytes the kernel may read (input) or overwrite (output): literals are
;; copied 16 bytes at a time, and back-references 8 or 16 at a time, so up to 15 bytes past a run are written
;; with bytes that the runs after it overwrite (or that lie past the output, in the 16 spare bytes).
(module
  (memory (export "memory") 1)

  (func (export "uncompress") (param $in i32) (param $inLen i32) (param $out i32) (param $outLen i32) (result i32)
    (local $pos i32) (local $outPos i32) (local $c i32) (local $len i32) (local $offset i32) (local $size i32)
    (local $raw i64) (local $src i32) (local $op i32) (local $end i32) (local $from i32)
    ;; the preamble (the uncompressed length as a varint) is skipped
    (block $pre
      (loop $skip
        (br_if $pre (i32.ge_u (local.get $pos) (local.get $inLen)))
        (local.set $c (i32.load8_u (i32.add (local.get $in) (local.get $pos))))
        (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
        (br_if $skip (i32.ge_u (local.get $c) (i32.const 128)))))
    ;; "invalid snappy length header"
    (if (i32.and (i32.ne (local.get $outLen) (i32.const 0)) (i32.ge_u (local.get $pos) (local.get $inLen)))
      (then (return (i32.const 1))))
    (block $done
      (loop $element
        (br_if $done (i32.ge_u (local.get $pos) (local.get $inLen)))
        (local.set $c (i32.load8_u (i32.add (local.get $in) (local.get $pos))))
        (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
        ;; "missing eof marker"
        (if (i32.ge_u (local.get $pos) (local.get $inLen)) (then (return (i32.const 1))))
        (if (i32.eqz (i32.and (local.get $c) (i32.const 3)))
          (then
            ;; a literal
            (local.set $len (i32.add (i32.shr_u (local.get $c) (i32.const 2)) (i32.const 1)))
            (if (i32.gt_u (local.get $len) (i32.const 60))
              (then
                ;; "snappy error literal pos + 3 >= inputLength"
                (if (i32.ge_u (i32.add (local.get $pos) (i32.const 3)) (local.get $inLen))
                  (then (return (i32.const 1))))
                (local.set $size (i32.sub (local.get $len) (i32.const 60)))
                ;; the length's 1-4 little-endian bytes, plus 1 (as an unsigned 64-bit number: where the
                ;; JavaScript decoder's 32-bit arithmetic would make it negative, the check below fails)
                (local.set $raw
                  (i64.add
                    (i64.and
                      (i64.load32_u (i32.add (local.get $in) (local.get $pos)))
                      (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (i32.shl (local.get $size) (i32.const 3))))
                        (i64.const 1)))
                    (i64.const 1)))
                (local.set $pos (i32.add (local.get $pos) (local.get $size)))
                ;; "snappy error literal exceeds input length"
                (if (i64.gt_u (local.get $raw) (i64.extend_i32_u (i32.sub (local.get $inLen) (local.get $pos))))
                  (then (return (i32.const 1))))
                (local.set $len (i32.wrap_i64 (local.get $raw)))))
            ;; "snappy error literal exceeds input length"
            (if (i32.gt_u (local.get $len) (i32.sub (local.get $inLen) (local.get $pos)))
              (then (return (i32.const 1))))
            ;; past the output's end: the JavaScript decoder throws "premature end of input" at the end
            (if (i32.gt_u (local.get $len) (i32.sub (local.get $outLen) (local.get $outPos)))
              (then (return (i32.const 1))))
            (local.set $src (i32.add (local.get $in) (local.get $pos)))
            (local.set $op (i32.add (local.get $out) (local.get $outPos)))
            (local.set $end (i32.add (local.get $op) (local.get $len)))
            (loop $literal
              (v128.store (local.get $op) (v128.load (local.get $src)))
              (local.set $src (i32.add (local.get $src) (i32.const 16)))
              (local.set $op (i32.add (local.get $op) (i32.const 16)))
              (br_if $literal (i32.lt_u (local.get $op) (local.get $end))))
            (local.set $pos (i32.add (local.get $pos) (local.get $len)))
            (local.set $outPos (i32.add (local.get $outPos) (local.get $len)))
            (br $element)))
        ;; a back-reference
        (if (i32.eq (i32.and (local.get $c) (i32.const 3)) (i32.const 1))
          (then
            (local.set $len (i32.add (i32.and (i32.shr_u (local.get $c) (i32.const 2)) (i32.const 7)) (i32.const 4)))
            (local.set $offset
              (i32.add (i32.load8_u (i32.add (local.get $in) (local.get $pos)))
                (i32.shl (i32.shr_u (local.get $c) (i32.const 5)) (i32.const 8))))
            (local.set $pos (i32.add (local.get $pos) (i32.const 1))))
          (else
            (if (i32.eq (i32.and (local.get $c) (i32.const 3)) (i32.const 2))
              (then
                ;; "snappy error end of input"
                (if (i32.le_u (local.get $inLen) (i32.add (local.get $pos) (i32.const 1)))
                  (then (return (i32.const 1))))
                (local.set $len (i32.add (i32.shr_u (local.get $c) (i32.const 2)) (i32.const 1)))
                (local.set $offset (i32.load16_u (i32.add (local.get $in) (local.get $pos))))
                (local.set $pos (i32.add (local.get $pos) (i32.const 2))))
              (else
                ;; "snappy error end of input"
                (if (i32.le_u (local.get $inLen) (i32.add (local.get $pos) (i32.const 3)))
                  (then (return (i32.const 1))))
                (local.set $len (i32.add (i32.shr_u (local.get $c) (i32.const 2)) (i32.const 1)))
                (local.set $offset (i32.load (i32.add (local.get $in) (local.get $pos))))
                (local.set $pos (i32.add (local.get $pos) (i32.const 4)))))))
        ;; "invalid offset 0", "cannot copy from before start of buffer" (an offset the JavaScript decoder
        ;; reads as negative is above outPos here: it declines too)
        (if (i32.eqz (local.get $offset)) (then (return (i32.const 1))))
        (if (i32.gt_u (local.get $offset) (local.get $outPos)) (then (return (i32.const 1))))
        ;; past the output's end: the JavaScript decoder throws "premature end of input" at the end
        (if (i32.gt_u (local.get $len) (i32.sub (local.get $outLen) (local.get $outPos)))
          (then (return (i32.const 1))))
        (local.set $op (i32.add (local.get $out) (local.get $outPos)))
        (local.set $src (i32.sub (local.get $op) (local.get $offset)))
        (local.set $end (i32.add (local.get $op) (local.get $len)))
        (local.set $outPos (i32.add (local.get $outPos) (local.get $len)))
        (if (i32.ge_u (local.get $offset) (i32.const 16))
          (then
            ;; each 16 bytes read lie before the 16 written
            (loop $wide
              (v128.store (local.get $op) (v128.load (local.get $src)))
              (local.set $src (i32.add (local.get $src) (i32.const 16)))
              (local.set $op (i32.add (local.get $op) (i32.const 16)))
              (br_if $wide (i32.lt_u (local.get $op) (local.get $end))))
            (br $element)))
        ;; offset < 16: copy 8 bytes from $src to $op; the first $op - $src of them are the pattern's
        ;; (written already), so $op moves on by that much and the distance doubles, until it is at least 8
        (loop $grow
          (br_if $element (i32.ge_u (local.get $op) (local.get $end)))
          (local.set $from (i32.sub (local.get $op) (local.get $src)))
          (i64.store (local.get $op) (i64.load (local.get $src)))
          (if (i32.lt_u (local.get $from) (i32.const 8))
            (then
              (local.set $op (i32.add (local.get $op) (local.get $from)))
              (br $grow))))
        (local.set $op (i32.add (local.get $op) (i32.const 8)))
        (local.set $src (i32.add (local.get $src) (i32.const 8)))
        (loop $eight
          (br_if $element (i32.ge_u (local.get $op) (local.get $end)))
          (i64.store (local.get $op) (i64.load (local.get $src)))
          (local.set $src (i32.add (local.get $src) (i32.const 8)))
          (local.set $op (i32.add (local.get $op) (i32.const 8)))
          (br $eight))))
    ;; "premature end of input"
    (i32.ne (local.get $outPos) (local.get $outLen)))
)
