/**
 * A condition of MLflow's search filters that matches `value` exactly, or (for a value with both kinds of
 * quote) a superset of it: MLflow's filter strings have no escape for quotes, so a value with single quotes
 * goes in double quotes and the other way round, and a value with both becomes a LIKE pattern with `_` (any
 * one character) in place of each quote. Callers keep only exact matches.
 */
export function equalsCondition(field: string, value: string): string {
  if (!value.includes("'")) return `${field}='${value}'`;
  if (!value.includes('"')) return `${field}="${value}"`;
  return `${field} LIKE '${value.replace(/['"]/g, "_")}'`;
}
