/**
 * `allowed` and `pattern` rules checked on a CSV field's bytes (valid UTF-8, see csv-tokenizer.ts), without
 * making a string, giving exactly what the string checks of column-checker.ts give.
 *
 * - {@link ByteValueSet}: `allowed.has(text.trim())` for a field whose first and last bytes are printable
 *   ASCII (then `trim` changes nothing: every character it removes is ASCII ≤ 0x20 or not ASCII, and a
 *   multi-byte UTF-8 sequence never ends in an ASCII byte). Two texts are equal exactly when their UTF-8
 *   bytes are; an allowed value that is not well-formed UTF-16 (a lone surrogate) can never equal decoded
 *   text, so it is left out.
 * - {@link compileBytePattern}: `new RegExp(pattern, "u").test(text)` for a small subset of patterns,
 *   anchored at both ends, made of ASCII literals, `\d`, `\w`, escaped syntax characters and classes of
 *   those (negated or not), each optionally followed by `*`, `+` or `?`. Anything else (alternation,
 *   groups, `.`, `\s`, `{m,n}`, lazy quantifiers, non-ASCII literals, ...) gives undefined and the rule keeps
 *   its RegExp. The subset is matched by simulating its NFA over code points, with a bit per position: an
 *   ASCII byte is one code point, a non-ASCII code point is its UTF-8 sequence (counted at its lead byte)
 *   and is matched only by negated classes, the only elements that contain non-ASCII code points (no `i`
 *   flag, so `\d` and `\w` are ASCII only).
 */

function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Whether `bytes[from..to)` starts and ends with a printable ASCII character other than space. */
export function trimmedAscii(bytes: Uint8Array, from: number, to: number): boolean {
  const first = bytes[from] as number;
  const last = bytes[to - 1] as number;
  return to > from && first > 32 && first < 127 && last > 32 && last < 127;
}

/** An exact set of byte strings: the UTF-8 of an `allowed` list. */
export class ByteValueSet {
  private readonly values: Uint8Array[] = [];
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(texts: Iterable<string>) {
    const unique = new Set<string>();
    for (const text of texts) if (Buffer.from(text, "utf8").toString("utf8") === text) unique.add(text);
    let size = 8;
    while (size < 4 * unique.size) size *= 2;
    this.table = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (const text of unique) {
      const bytes = new Uint8Array(Buffer.from(text, "utf8"));
      let slot = hashBytes(bytes, 0, bytes.length) & this.mask;
      while (this.table[slot] !== -1) slot = (slot + 1) & this.mask;
      this.table[slot] = this.values.length;
      this.values.push(bytes);
    }
  }

  has(bytes: Uint8Array, from: number, to: number): boolean {
    const length = to - from;
    let slot = hashBytes(bytes, from, to) & this.mask;
    for (;;) {
      const index = this.table[slot] as number;
      if (index === -1) return false;
      const value = this.values[index] as Uint8Array;
      if (value.length === length) {
        let i = 0;
        while (i < length && value[i] === bytes[from + i]) i++;
        if (i === length) return true;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/** A set of code points as the matcher sees them: 128 ASCII flags and one for every non-ASCII one. */
interface CharSet {
  ascii: boolean[];
  nonAscii: boolean;
}

const SYNTAX = "^$\\.*+?()[]{}|/";
const MAX_POSITIONS = 30;
const MAX_DFA_STATES = 256;

function asciiSet(test: (code: number) => boolean): boolean[] {
  return Array.from({ length: 128 }, (_, code) => test(code));
}

const DIGIT = (code: number) => code >= 48 && code <= 57;
const WORD = (code: number) =>
  DIGIT(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/** A byte matcher equivalent to `new RegExp(source, "u").test`, or undefined outside the subset. */
export function compileBytePattern(source: string): BytePattern | undefined {
  if (!source.startsWith("^") || !source.endsWith("$")) return undefined;
  const elements: { set: CharSet; star: boolean; optional: boolean }[] = [];
  let at = 1;
  const end = source.length - 1; // the final "$"
  const printable = (code: number) => code >= 0x20 && code < 0x7f;
  while (at < end) {
    let set: CharSet;
    const char = source[at] as string;
    if (char === "[") {
      const parsed = parseClass(source, at + 1);
      if (!parsed) return undefined;
      set = parsed.set;
      at = parsed.next;
    } else if (char === "\\") {
      const escaped = source[at + 1];
      if (escaped === undefined || at + 1 >= end) return undefined;
      if (escaped === "d") set = { ascii: asciiSet(DIGIT), nonAscii: false };
      else if (escaped === "w") set = { ascii: asciiSet(WORD), nonAscii: false };
      else if (SYNTAX.includes(escaped)) {
        const code = escaped.charCodeAt(0);
        set = { ascii: asciiSet((c) => c === code), nonAscii: false };
      } else return undefined;
      at += 2;
    } else {
      const code = char.charCodeAt(0);
      if (!printable(code) || SYNTAX.includes(char)) return undefined;
      set = { ascii: asciiSet((c) => c === code), nonAscii: false };
      at++;
    }
    const quantifier = at < end ? source[at] : undefined;
    if (quantifier === "*" || quantifier === "+" || quantifier === "?") {
      at++;
      const after = at < end ? source[at] : undefined;
      if (after === "*" || after === "+" || after === "?" || after === "{") return undefined;
      if (quantifier === "+") elements.push({ set, star: false, optional: false });
      elements.push({ set, star: quantifier !== "?", optional: true });
    } else {
      if (quantifier === "{") return undefined;
      elements.push({ set, star: false, optional: false });
    }
    if (elements.length > MAX_POSITIONS) return undefined;
  }
  // The last "$" must be the anchor, not an escaped dollar: the loop above consumed "\\$" pairs, so `at`
  // stops exactly on it only when it is unescaped.
  if (at !== end) return undefined;
  return new BytePattern(elements);
}

function parseClass(source: string, from: number): { set: CharSet; next: number } | undefined {
  let at = from;
  const negated = source[at] === "^";
  if (negated) at++;
  const ascii = asciiSet(() => false);
  let previous: number | undefined; // the last single character, which a "-" may start a range from
  for (;;) {
    const char = source[at];
    if (char === undefined) return undefined;
    if (char === "]") {
      at++;
      break;
    }
    let code: number;
    if (char === "\\") {
      const escaped = source[at + 1];
      if (escaped === undefined) return undefined;
      if (escaped === "d" || escaped === "w") {
        const test = escaped === "d" ? DIGIT : WORD;
        for (let c = 0; c < 128; c++) if (test(c)) ascii[c] = true;
        previous = undefined;
        at += 2;
        if (source[at] === "-" && source[at + 1] !== "]") return undefined;
        continue;
      }
      if (!SYNTAX.includes(escaped) && escaped !== "-") return undefined;
      code = escaped.charCodeAt(0);
      at += 2;
    } else {
      code = char.charCodeAt(0);
      if (code < 0x20 || code >= 0x7f || char === "[") return undefined;
      if (char === "-" && previous !== undefined && source[at + 1] !== "]") {
        // a range previous-next
        const next = source[at + 1];
        if (next === undefined || next === "\\" || next === "[") return undefined;
        const high = next.charCodeAt(0);
        if (high < 0x20 || high >= 0x7f || high < previous) return undefined;
        for (let c = previous; c <= high; c++) ascii[c] = true;
        previous = undefined;
        at += 2;
        continue;
      }
      at++;
    }
    ascii[code] = true;
    previous = code;
  }
  if (!negated) return { set: { ascii, nonAscii: false }, next: at };
  return { set: { ascii: ascii.map((member) => !member), nonAscii: true }, next: at };
}

/**
 * The NFA of a compiled pattern: bit p of a state = "before element p"; bit n = the end (accept). Its
 * states are turned into DFA states as they are met (a table of 129 next states each, computed on first
 * use); past {@link MAX_DFA_STATES} the NFA is simulated directly.
 */
export class BytePattern {
  /** For each ASCII byte, and at 128 any non-ASCII code point: the positions whose element matches it. */
  private readonly matches = new Int32Array(129);
  private readonly stars: number;
  private readonly optionals: number;
  private readonly accept: number;
  /** DFA state → its NFA state; DFA state 0 is the dead one (no position), 1 the start. */
  private readonly masks: number[] = [];
  private readonly states = new Map<number, number>();
  /** DFA state × 129 + symbol → next DFA state, −1 before it is computed. */
  private delta = new Int32Array(0);
  private accepting = new Uint8Array(0);

  constructor(elements: { set: CharSet; star: boolean; optional: boolean }[]) {
    let stars = 0;
    let optionals = 0;
    const matches = this.matches;
    elements.forEach(({ set, star, optional }, p) => {
      const bit = 1 << p;
      if (star) stars |= bit;
      if (optional) optionals |= bit;
      for (let c = 0; c < 128; c++) if (set.ascii[c]) matches[c] = (matches[c] as number) | bit;
      if (set.nonAscii) matches[128] = (matches[128] as number) | bit;
    });
    this.stars = stars;
    this.optionals = optionals;
    this.accept = 1 << elements.length;
    this.stateOf(0);
    this.stateOf(this.closure(1));
  }

  /** Adds the positions reachable by skipping optional elements. */
  private closure(state: number): number {
    for (;;) {
      const next = state | ((state & this.optionals) << 1);
      if (next === state) return state;
      state = next;
    }
  }

  /** The NFA state after `symbol` (an ASCII byte, or 128 for a non-ASCII code point). */
  private step(state: number, symbol: number): number {
    const live = state & (this.matches[symbol] as number);
    return live === 0 ? 0 : this.closure((live & this.stars) | ((live & ~this.stars) << 1));
  }

  /** The DFA state of an NFA state, made if new; −1 when there are too many. */
  private stateOf(mask: number): number {
    const known = this.states.get(mask);
    if (known !== undefined) return known;
    const state = this.masks.length;
    if (state >= MAX_DFA_STATES) return -1;
    this.masks.push(mask);
    this.states.set(mask, state);
    const delta = new Int32Array((state + 1) * 129).fill(-1);
    delta.set(this.delta);
    this.delta = delta;
    const accepting = new Uint8Array(state + 1);
    accepting.set(this.accepting);
    accepting[state] = (mask & this.accept) !== 0 ? 1 : 0;
    this.accepting = accepting;
    return state;
  }

  /** Whether the UTF-8 text `bytes[from..to)` matches. */
  test(bytes: Uint8Array, from: number, to: number): boolean {
    let state = 1;
    for (let i = from; i < to; i++) {
      const byte = bytes[i] as number;
      if ((byte & 0xc0) === 0x80) continue; // a continuation byte: its code point was counted at its lead
      const symbol = byte < 0x80 ? byte : 128;
      let next = this.delta[state * 129 + symbol] as number;
      if (next === -1) {
        const mask = this.step(this.masks[state] as number, symbol);
        next = this.stateOf(mask);
        if (next === -1) return this.simulate(bytes, i + 1, to, mask);
        this.delta[state * 129 + symbol] = next;
      }
      if (next === 0) return false;
      state = next;
    }
    return this.accepting[state] === 1;
  }

  /**
   * `test` of bytes that are all ASCII, without a separate pass to find out: undefined as soon as a byte
   * is not ASCII (then the bytes need not be valid UTF-8, and only their decoded text decides), except that
   * false is given once an ASCII prefix leaves no way to match (whatever follows it decodes after that prefix).
   */
  testAscii(bytes: Uint8Array, from: number, to: number): boolean | undefined {
    let state = 1;
    for (let i = from; i < to; i++) {
      const byte = bytes[i] as number;
      if (byte >= 0x80) return undefined;
      let next = this.delta[state * 129 + byte] as number;
      if (next === -1) {
        const mask = this.step(this.masks[state] as number, byte);
        next = this.stateOf(mask);
        if (next === -1) {
          for (let j = i + 1; j < to; j++) if ((bytes[j] as number) >= 0x80) return undefined;
          return this.simulate(bytes, i + 1, to, mask);
        }
        this.delta[state * 129 + byte] = next;
      }
      if (next === 0) return false;
      state = next;
    }
    return this.accepting[state] === 1;
  }

  /** The NFA from `state` over the rest of the text. */
  private simulate(bytes: Uint8Array, from: number, to: number, state: number): boolean {
    for (let i = from; i < to && state !== 0; i++) {
      const byte = bytes[i] as number;
      if ((byte & 0xc0) !== 0x80) state = this.step(state, byte < 0x80 ? byte : 128);
    }
    return (state & this.accept) !== 0;
  }
}
