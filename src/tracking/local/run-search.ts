import type { Run } from "../ports.js";
import { invalid } from "./validate.js";

/**
 * The subset of MLflow's run search syntax that the local backend evaluates: clauses joined by AND, each
 * `<entity>.<key> <comparator> <value>` where the entity is `metrics`, `params`, `tags` or `attributes` (a key
 * without an entity is an attribute), the key is bare (`tags.mlflow.runName`) or quoted with backticks or
 * double quotes (`` tags.`my key` ``), and values are quoted strings, numbers, or a parenthesised list for
 * IN / NOT IN. Comparisons with a metric, param or tag that the run does not have are false, as in SQL.
 */

type Entity = "metric" | "param" | "tag" | "attribute";
type Comparator = "=" | "!=" | "<" | "<=" | ">" | ">=" | "LIKE" | "ILIKE" | "IN" | "NOT IN";
type Value = string | number | readonly string[];

interface Clause {
  entity: Entity;
  key: string;
  comparator: Comparator;
  value: Value;
}

interface OrderKey {
  entity: Entity;
  key: string;
  descending: boolean;
}

const ENTITIES: Record<string, Entity> = {
  metric: "metric",
  metrics: "metric",
  param: "param",
  params: "param",
  parameter: "param",
  parameters: "param",
  tag: "tag",
  tags: "tag",
  attribute: "attribute",
  attributes: "attribute",
  attr: "attribute",
  run: "attribute",
};

const NUMERIC_ATTRIBUTES = new Set(["start_time", "end_time", "created"]);
const STRING_ATTRIBUTES = new Set([
  "run_id",
  "run_name",
  "status",
  "artifact_uri",
  "experiment_id",
  "lifecycle_stage",
]);
const NUMERIC_COMPARATORS = new Set<Comparator>(["=", "!=", "<", "<=", ">", ">="]);
const STRING_COMPARATORS = new Set<Comparator>(["=", "!=", "LIKE", "ILIKE", "IN", "NOT IN"]);

/** A cursor over the text of a filter or an order-by expression. */
class Scanner {
  position = 0;

  constructor(
    readonly text: string,
    readonly what: string,
  ) {}

  fail(expected: string): never {
    const rest = this.text.slice(this.position);
    throw invalid(
      `Invalid ${this.what} '${this.text}': expected ${expected} at ${rest === "" ? "the end" : `'${rest}'`}`,
    );
  }

  skipSpace(): void {
    while (this.position < this.text.length && /\s/.test(this.text[this.position] ?? "")) this.position++;
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.position >= this.text.length;
  }

  match(pattern: RegExp): string | undefined {
    this.skipSpace();
    const found = pattern.exec(this.text.slice(this.position));
    if (found === null) return undefined;
    this.position += found[0].length;
    return found[0];
  }

  /** A string between `quote` characters; a doubled quote stands for itself. */
  quoted(quote: string): string | undefined {
    this.skipSpace();
    if (this.text[this.position] !== quote) return undefined;
    let out = "";
    let at = this.position + 1;
    for (;;) {
      const next = this.text.indexOf(quote, at);
      if (next < 0) this.fail(`a closing ${quote}`);
      out += this.text.slice(at, next);
      if (this.text[next + 1] === quote) {
        out += quote;
        at = next + 2;
        continue;
      }
      this.position = next + 1;
      return out;
    }
  }

  identifier(): { entity: Entity; key: string } {
    const head = this.match(/^[A-Za-z_][A-Za-z0-9_]*/);
    if (head === undefined) {
      const quotedKey = this.quoted("`") ?? this.quoted('"');
      if (quotedKey === undefined) this.fail("an identifier such as tags.name or attributes.status");
      return { entity: "attribute", key: attributeKey(quotedKey, this) };
    }
    if (this.text[this.position] !== ".") return { entity: "attribute", key: attributeKey(head, this) };
    const entity = ENTITIES[head.toLowerCase()];
    if (entity === undefined) this.fail("metrics, params, tags or attributes before the dot");
    this.position++;
    const key =
      this.quoted("`") ??
      this.quoted('"') ??
      this.match(/^[^\s=!<>(),'"`]+/) ??
      this.fail("a key after the dot");
    return { entity, key: entity === "attribute" ? attributeKey(key, this) : key };
  }
}

function attributeKey(key: string, scanner: Scanner): string {
  if (NUMERIC_ATTRIBUTES.has(key) || STRING_ATTRIBUTES.has(key))
    return key === "created" ? "start_time" : key;
  return scanner.fail(
    `an attribute among ${[...STRING_ATTRIBUTES, ...NUMERIC_ATTRIBUTES].join(", ")} (got '${key}')`,
  );
}

function isNumeric(entity: Entity, key: string): boolean {
  return entity === "metric" || (entity === "attribute" && NUMERIC_ATTRIBUTES.has(key));
}

function readValue(scanner: Scanner, numeric: boolean, comparator: Comparator): Value {
  if (comparator === "IN" || comparator === "NOT IN") {
    if (scanner.match(/^\(/) === undefined) scanner.fail("a parenthesised list of quoted strings");
    const items: string[] = [];
    do {
      const item = scanner.quoted("'") ?? scanner.quoted('"');
      if (item === undefined) scanner.fail("a quoted string");
      items.push(item);
    } while (scanner.match(/^,/) !== undefined);
    if (scanner.match(/^\)/) === undefined) scanner.fail("')'");
    return items;
  }
  if (numeric) {
    const number = scanner.match(/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/);
    if (number === undefined) scanner.fail("a number");
    return Number(number);
  }
  const text = scanner.quoted("'") ?? scanner.quoted('"');
  if (text === undefined) scanner.fail("a string in single or double quotes");
  return text;
}

/** Parses a search filter; an empty or absent filter matches every run. */
export function parseFilter(filter: string | undefined): Clause[] {
  if (filter === undefined || filter.trim() === "") return [];
  const scanner: Scanner = new Scanner(filter, "filter");
  const clauses: Clause[] = [];
  do {
    const { entity, key } = scanner.identifier();
    const operator = scanner.match(/^(!=|>=|<=|=|<|>|not\s+in\b|in\b|ilike\b|like\b)/i);
    if (operator === undefined) scanner.fail("a comparator (=, !=, <, <=, >, >=, LIKE, ILIKE, IN, NOT IN)");
    const comparator = operator.toUpperCase().replace(/\s+/, " ") as Comparator;
    const numeric = isNumeric(entity, key);
    if (!(numeric ? NUMERIC_COMPARATORS : STRING_COMPARATORS).has(comparator)) {
      throw invalid(`Invalid comparator '${comparator}' for ${entity} '${key}' in filter '${filter}'`);
    }
    clauses.push({ entity, key, comparator, value: readValue(scanner, numeric, comparator) });
  } while (scanner.match(/^and\b/i) !== undefined);
  if (!scanner.atEnd()) scanner.fail("AND or the end of the filter");
  return clauses;
}

function fieldOf(run: Run, entity: Entity, key: string): string | number | undefined {
  switch (entity) {
    case "metric":
      return run.metrics.find((m) => m.key === key)?.value;
    case "param":
      return run.params[key];
    case "tag":
      return run.tags[key];
    case "attribute":
      switch (key) {
        case "run_id":
          return run.info.runId;
        case "run_name":
          return run.info.runName;
        case "status":
          return run.info.status;
        case "artifact_uri":
          return run.info.artifactUri;
        case "experiment_id":
          return run.info.experimentId;
        case "lifecycle_stage":
          return run.info.lifecycleStage;
        case "start_time":
          return run.info.startTime;
        case "end_time":
          return run.info.endTime;
      }
  }
  return undefined;
}

function likeToRegExp(pattern: string, ignoreCase: boolean): RegExp {
  const source = [...pattern]
    .map((char) => (char === "%" ? ".*" : char === "_" ? "." : char.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`, ignoreCase ? "si" : "s");
}

function satisfies(actual: string | number, comparator: Comparator, expected: Value): boolean {
  switch (comparator) {
    case "=":
      return actual === expected;
    case "!=":
      return actual !== expected;
    case "<":
      return actual < expected;
    case "<=":
      return actual <= expected;
    case ">":
      return actual > expected;
    case ">=":
      return actual >= expected;
    case "LIKE":
      return likeToRegExp(String(expected), false).test(String(actual));
    case "ILIKE":
      return likeToRegExp(String(expected), true).test(String(actual));
    case "IN":
      return (expected as readonly string[]).includes(String(actual));
    case "NOT IN":
      return !(expected as readonly string[]).includes(String(actual));
  }
}

export function matchesFilter(run: Run, clauses: readonly Clause[]): boolean {
  return clauses.every((clause) => {
    const actual = fieldOf(run, clause.entity, clause.key);
    return actual !== undefined && satisfies(actual, clause.comparator, clause.value);
  });
}

/** Parses order-by expressions such as `attributes.start_time DESC` or `metrics.rmse`. */
export function parseOrderBy(orderBy: readonly string[] | undefined): OrderKey[] {
  return (orderBy ?? []).map((expression) => {
    const scanner: Scanner = new Scanner(expression, "order_by clause");
    const { entity, key } = scanner.identifier();
    const direction = scanner.match(/^(asc|desc)\b/i);
    if (!scanner.atEnd()) scanner.fail("ASC, DESC or the end");
    return { entity, key, descending: direction?.toUpperCase() === "DESC" };
  });
}

function compareValues(
  a: string | number | undefined,
  b: string | number | undefined,
  descending: boolean,
): number {
  // Runs without the value come last in either direction, as in MLflow.
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  const order = a < b ? -1 : a > b ? 1 : 0;
  return descending ? -order : order;
}

/**
 * A comparator for the given order, then MLflow's defaults: newest start time first, then run id. A run's
 * sort position is computed from its latest metrics, params, tags and attributes.
 */
export function compareRunsBy(order: readonly OrderKey[]): (a: Run, b: Run) => number {
  const keys = [...order];
  if (!keys.some((k) => k.entity === "attribute" && k.key === "start_time")) {
    keys.push({ entity: "attribute", key: "start_time", descending: true });
  }
  keys.push({ entity: "attribute", key: "run_id", descending: false });
  return (a, b) => {
    for (const { entity, key, descending } of keys) {
      const result = compareValues(fieldOf(a, entity, key), fieldOf(b, entity, key), descending);
      if (result !== 0) return result;
    }
    return 0;
  };
}
